package org.hubcycle.shared;

import java.util.Locale;

/**
 * What a person types into a search box, as a SQL {@code LIKE} pattern: their {@code %} and {@code _}
 * are letters to find, not wildcards, escaped with {@value #ESCAPE} (pass it as the query's escape).
 */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {}

    /** Matches text containing {@code typed}, ignoring case (compare with the lower-cased column). */
    public static String containing(String typed) {
        return "%" + escape(typed.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code typed} with LIKE's special characters escaped. */
    public static String escape(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
