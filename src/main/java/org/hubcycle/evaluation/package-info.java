/** Surveys tied to outcomes, responses, and work group leads' termly and final reports. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evaluation",
        allowedDependencies = {"shared", "directory", "catalogue", "enrolment", "delivery", "notifications"})
package org.hubcycle.evaluation;
