package org.hubcycle.delivery.internal;

import org.hubcycle.shared.Labelled;

/** The delivery module's words, as the UI says them. */
public final class DeliveryTerms {

    private DeliveryTerms() {}

    /** How a participant is marked on a session's register. */
    public enum Mark implements Labelled {
        PRESENT,
        ABSENT,
        APOLOGIES,
        LATE_CANCELLATION;
    }

    public enum Length implements Labelled {
        FULL_DAY,
        HALF_DAY;
    }

    public enum Format implements Labelled {
        IN_PERSON,
        ONLINE;
    }
}
