/** LLME profiles and roles, expressions of interest, commissioning and paying work group leads, networks and cohorts. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Leadership",
        allowedDependencies = {"shared", "directory", "catalogue", "notifications"})
package org.hubcycle.leadership;
