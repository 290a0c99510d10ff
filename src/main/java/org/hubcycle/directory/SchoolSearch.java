package org.hubcycle.directory;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * A search of the directory: free text (name, URN, postcode or town) and filters. Blank means any.
 */
public record SchoolSearch(
        String q, String phase, String la, String region, String status, String typeGroup, Integer trust) {

    public static SchoolSearch text(String q) {
        return new SchoolSearch(q, null, null, null, null, null, null);
    }

    String normalisedText() {
        return q == null
                ? ""
                : q.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    }

    /** Whether anything beside the text narrows the search. */
    boolean filtered() {
        return trust != null
                || Stream.of(phase, la, region, status, typeGroup).anyMatch(v -> v != null && !v.isBlank());
    }
}
