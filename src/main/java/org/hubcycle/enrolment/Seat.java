package org.hubcycle.enrolment;

import java.time.LocalDate;

/**
 * A participant holding one of a work group's places: who they are, for which school, and the place's status.
 * Once the retention period is over their name, email address, job title and TRN are erased, and erasedOn says
 * when (ADR 0038).
 */
public record Seat(
        long participantId,
        long enrolmentId,
        long workGroupId,
        int schoolUrn,
        String schoolName,
        String fullName,
        String email,
        LocalDate erasedOn,
        EnrolmentStatus status) {

    /** Whether the participant can be emailed: not once their details are erased, which takes their address. */
    public boolean reachable() {
        return erasedOn == null && email != null && !email.isBlank();
    }
}
