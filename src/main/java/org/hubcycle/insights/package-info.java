/** Engagement, pathway and reach figures for a hub and for England, from the enrolment records, the directory and the termly reports. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {"shared", "directory", "catalogue", "enrolment", "leadership", "evaluation"})
package org.hubcycle.insights;
