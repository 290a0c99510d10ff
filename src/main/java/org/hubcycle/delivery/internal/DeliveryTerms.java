package org.hubcycle.delivery.internal;

/** The delivery module's words, as the UI says them. */
public final class DeliveryTerms {

    private DeliveryTerms() {
    }

    /** How a participant is marked on a session's register. */
    public enum Mark {
        PRESENT("Present"), ABSENT("Absent"), APOLOGIES("Sent apologies"), LATE_CANCELLATION("Late cancellation");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Length {
        FULL_DAY("Full day"), HALF_DAY("Half day");

        private final String label;

        Length(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Format {
        IN_PERSON("In person"), ONLINE("Online");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
