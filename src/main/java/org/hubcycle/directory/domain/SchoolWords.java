package org.hubcycle.directory.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a school is found by, from its name and town: lower case, without accents or apostrophes,
 * split at anything that is not a letter or a digit ('St Mary's C of E, Stoke-on-Trent' gives st, marys,
 * c, of, e, stoke, on, trent). A search is cut into words the same way, and a school matches when each
 * word searched for begins one of the school's words, so an index on the words serves every search.
 */
public final class SchoolWords {

    /** Longer words are cut to this length, which the word table's column holds. */
    public static final int MAX_LENGTH = 60;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019`]");

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SchoolWords() {}

    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        String plain =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        for (String word : SEPARATORS.split(plain)) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
        return words;
    }
}
