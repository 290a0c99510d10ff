package org.hubcycle.shared;

/** Text as people type it: the one way to read "nothing typed" as null, for use cases and forms alike. */
public final class Texts {

    private Texts() {}

    /** The text without surrounding spaces, or null when nothing but spaces was typed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
