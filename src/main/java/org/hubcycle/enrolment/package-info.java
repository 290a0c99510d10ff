/** Applications, eligibility decisions, places, waiting lists, participants, completion, funding and charges. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Enrolment",
        allowedDependencies = {"shared", "directory", "catalogue", "leadership", "notifications"})
package org.hubcycle.enrolment;
