/** Impact statements, case studies, stories, themes and implications, and the annual report. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Impact",
        allowedDependencies = {"shared", "directory", "catalogue", "enrolment", "insights", "notifications"})
package org.hubcycle.impact;
