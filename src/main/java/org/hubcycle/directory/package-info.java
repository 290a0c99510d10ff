/** Hubs, local authorities, regions, schools and trusts (GIAS import and reconcile), and people. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Directory",
        allowedDependencies = {"shared"})
package org.hubcycle.directory;
