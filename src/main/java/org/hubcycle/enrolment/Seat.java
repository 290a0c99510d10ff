package org.hubcycle.enrolment;

/** A participant holding one of a work group's places: who they are and for which school. */
public record Seat(
        long participantId,
        long enrolmentId,
        long workGroupId,
        int schoolUrn,
        String schoolName,
        String fullName,
        String email) {}
