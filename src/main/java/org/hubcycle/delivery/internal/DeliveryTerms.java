package org.hubcycle.delivery.internal;

import org.hubcycle.shared.Labelled;

/** The delivery module's words, as the UI says them. */
public final class DeliveryTerms {

    private DeliveryTerms() {}

    /** How a participant is marked on a session's register. */
    public enum Mark implements Labelled {
        PRESENT("Present"),
        ABSENT("Absent"),
        APOLOGIES("Sent apologies"),
        LATE_CANCELLATION("Late cancellation");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Length implements Labelled {
        FULL_DAY("Full day"),
        HALF_DAY("Half day");

        private final String label;

        Length(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Format implements Labelled {
        IN_PERSON("In person"),
        ONLINE("Online");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
