package org.hubcycle.enrolment;

import java.time.LocalDate;

/**
 * A participant holding one of a work group's places: who they are and for which school. Once the retention
 * period is over their name, email address, job title and TRN are erased, and erasedOn says when (ADR 0038).
 */
public record Seat(
        long participantId,
        long enrolmentId,
        long workGroupId,
        int schoolUrn,
        String schoolName,
        String fullName,
        String email,
        LocalDate erasedOn) {}
