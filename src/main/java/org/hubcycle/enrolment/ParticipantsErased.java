package org.hubcycle.enrolment;

import java.util.List;

/**
 * Participants' names, email addresses, job titles and TRNs were erased on request (ADR 0040). Published inside
 * the transaction that erased them and heard in it, so that each module erases what it wrote of these
 * participants with them, or nothing is erased at all.
 */
public record ParticipantsErased(List<Long> participantIds) {

    public ParticipantsErased {
        participantIds = List.copyOf(participantIds);
    }
}
