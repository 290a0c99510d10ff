package org.hubcycle.enrolment;

import java.util.List;

/**
 * A school nominated participants for a work group in its application. Published inside the
 * transaction of the application; the access module gives each nominee the participant role, or
 * invites them to Hubcycle so they can see their sessions and gap tasks.
 */
public record ParticipantsNominated(
        long hubId,
        long enrolmentId,
        String workGroupName,
        String schoolName,
        String nominatedBy,
        List<Nominee> nominees) {

    public record Nominee(String fullName, String email) {}
}
