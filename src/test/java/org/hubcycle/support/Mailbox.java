package org.hubcycle.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Hubcycle wrote to an address, read straight from the outbox table, for tests whose context
 * sends no email (the outbox page does not show emails that carry private links).
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final JdbcTemplate jdbc;

    public Mailbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest email's body to an address, or fails when there is none. */
    public String latest(String recipient) {
        List<String> bodies = jdbc.queryForList(
                "select body from outbound_email where recipient = ? order by id desc",
                String.class,
                recipient.toLowerCase(java.util.Locale.ROOT));
        if (bodies.isEmpty()) {
            throw new AssertionError("No email to " + recipient);
        }
        return bodies.get(0);
    }

    /** The newest email's subject to an address. */
    public String latestSubject(String recipient) {
        return jdbc.queryForObject(
                "select subject from outbound_email where recipient = ? order by id desc limit 1",
                String.class,
                recipient.toLowerCase(java.util.Locale.ROOT));
    }

    public int count(String recipient) {
        return jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ?",
                Integer.class,
                recipient.toLowerCase(java.util.Locale.ROOT));
    }

    /** The first link in the newest email to an address that contains {@code path}. */
    public String link(String recipient, String path) {
        return link(latest(recipient), path, recipient);
    }

    public static String link(String body, String path, String recipient) {
        Matcher m = LINK.matcher(body);
        while (m.find()) {
            if (m.group().contains(path)) {
                return m.group();
            }
        }
        throw new AssertionError("No link to " + path + " in the email to " + recipient + ":\n" + body);
    }

    /** The path and query of a link, to follow it with MockMvc. */
    public static String pathOf(String link) {
        java.net.URI uri = java.net.URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The value of the token parameter of a link. */
    public static String token(String link) {
        return link.substring(link.indexOf("token=") + 6).split("[&\\s]")[0];
    }
}
