package org.hubcycle.notifications.sending;

/** Hands one email to a mail service. */
public interface MailTransport {

    /** A short name for pages and logs, e.g. {@code SMTP (smtp.hub.example:587)}. */
    String describe();

    void send(String recipient, String subject, String body, String reference) throws Failure;

    /** The mail service did not take the email; {@code permanent} when trying again cannot help (an address it refuses). */
    final class Failure extends Exception {

        private final boolean permanent;

        public Failure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
