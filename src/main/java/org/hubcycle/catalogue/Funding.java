package org.hubcycle.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hubcycle.shared.Refused;

/**
 * What a school with an accepted place is entitled to, configured per project as lines a person
 * can read and write: {@code Supply cover: £3000} or {@code Matched textbook funding: up to £2000}.
 */
public record Funding(List<Entitlement> entitlements) {

    private static final Pattern LINE =
            Pattern.compile("(.+?):\\s*(up to\\s+)?£?\\s*([0-9][0-9,]*(?:\\.[0-9]{2})?)\\s*", Pattern.CASE_INSENSITIVE);

    /** One entitlement: an amount, or at most an amount (matched funding, say). Pence. */
    public record Entitlement(String name, int pence, boolean upTo) {

        public String line() {
            return name + ": " + (upTo ? "up to " : "") + pounds(pence);
        }
    }

    public static final Funding NONE = new Funding(List.of());

    public Funding {
        entitlements = List.copyOf(entitlements);
    }

    /** The most one school can receive: every entitlement in full. */
    public int perSchoolPence() {
        return entitlements.stream().mapToInt(Entitlement::pence).sum();
    }

    public boolean isEmpty() {
        return entitlements.isEmpty();
    }

    /** The lines as stored and as the form shows them, one per entitlement. */
    public String lines() {
        return entitlements.stream().map(Entitlement::line).collect(Collectors.joining("\n"));
    }

    /** Reads lines written as {@code Name: £amount} or {@code Name: up to £amount}; blank lines are ignored. */
    public static Funding parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Entitlement> entitlements = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new Refused("funding", "project.funding.line", i + 1);
            }
            BigDecimal amount = new BigDecimal(m.group(3).replace(",", ""));
            if (amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new Refused("funding", "project.funding.tooMuch", i + 1);
            }
            entitlements.add(
                    new Entitlement(m.group(1).strip(), amount.movePointRight(2).intValueExact(), m.group(2) != null));
        }
        return new Funding(entitlements);
    }

    /**
     * An amount as the UK writes it: {@code £3,000} or {@code £150.50}. Written digit by digit: money
     * columns call it for every row, and {@code String.format} was 5% of the enrolment page's CPU.
     */
    public static String pounds(long pence) {
        String whole = Long.toString(Math.abs(pence / 100));
        StringBuilder text = new StringBuilder(whole.length() + 8).append(pence < 0 ? "-£" : "£");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(whole.charAt(i));
        }
        long part = Math.abs(pence % 100);
        if (part != 0) {
            text.append('.').append(part < 10 ? "0" : "").append(part);
        }
        return text.toString();
    }
}
