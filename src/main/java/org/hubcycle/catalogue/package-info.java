/** Projects, outcomes, eligibility rules, hub offers, innovation proposals and the published catalogue. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalogue",
        allowedDependencies = {"shared", "directory", "notifications"})
package org.hubcycle.catalogue;
