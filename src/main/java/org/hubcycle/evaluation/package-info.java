/** Surveys tied to outcomes, responses, and work group leads' termly and final reports. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evaluation",
        allowedDependencies = {"shared"})
package org.hubcycle.evaluation;
