/** Engagement figures, dashboards, exports and the national roll-up. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {"shared"})
package org.hubcycle.insights;
