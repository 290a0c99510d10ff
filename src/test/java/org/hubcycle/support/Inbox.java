package org.hubcycle.support;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A person's inbox on the test SMTP server: what Hubcycle actually sent them, waited for as a person
 * would wait for an email to arrive.
 */
public final class Inbox {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Inbox() {}

    /** The emails received for an address, oldest first. */
    public static List<MimeMessage> of(String address) {
        String to = address.toLowerCase(Locale.ROOT);
        return Arrays.stream(ExternalServices.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(to));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Waits for an email to the address whose subject contains {@code subject}, and returns its body. */
    public static String await(String address, String subject) {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> found = of(address);
            for (int i = found.size() - 1; i >= 0; i--) {
                try {
                    if (found.get(i).getSubject().contains(subject)) {
                        return found.get(i).getContent().toString().replace("\r\n", "\n");
                    }
                } catch (MessagingException | java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No email to " + address + " about '" + subject + "' arrived within "
                + WAIT.toSeconds() + " s; received: "
                + of(address).stream()
                        .map(m -> {
                            try {
                                return m.getSubject();
                            } catch (MessagingException e) {
                                return "?";
                            }
                        })
                        .toList());
    }

    /** Waits for the email and returns its first link containing {@code path}. */
    public static String awaitLink(String address, String subject, String path) {
        return Mailbox.link(await(address, subject), path, address);
    }
}
