/** Engagement figures for a hub and for England, from the enrolment records and the school directory. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {"shared", "directory", "enrolment"})
package org.hubcycle.insights;
