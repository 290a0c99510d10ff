/** Applications, eligibility decisions, places, waiting lists, participants, completion, funding and charges. */
@org.springframework.modulith.ApplicationModule(displayName = "Enrolment")
package org.hubcycle.enrolment;
