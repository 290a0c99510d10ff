package org.hubcycle.catalogue.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubcycle.shared.AcademicYear;

/**
 * A project's code: {@code NCP}, a two-digit year, a hyphen, a number and an optional letter, as in
 * {@code NCP23-16} or {@code NCP17-06a}. Written forms such as {@code NCP 21-07} or {@code ncp21 - 7}
 * are read and normalised to {@code NCP21-07}.
 */
public record ProjectCode(String value) {

    private static final Pattern FORM =
            Pattern.compile("NCP\\s*(\\d{2})\\s*-\\s*(\\d{1,2})([a-z]?)", Pattern.CASE_INSENSITIVE);

    public ProjectCode {
        if (value == null || !value.matches("NCP\\d{2}-\\d{2}[a-z]?")) {
            throw new IllegalArgumentException("Write a project code like NCP23-16 or NCP17-06a");
        }
    }

    public static ProjectCode parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Write a project code like NCP23-16 or NCP17-06a, not '" + text + "'");
        }
        return new ProjectCode("NCP%s-%02d%s"
                .formatted(m.group(1), Integer.parseInt(m.group(2)), m.group(3).toLowerCase(Locale.ROOT)));
    }

    /** The academic year the code's two digits name: {@code NCP23-…} is 2023/24. */
    public AcademicYear year() {
        return AcademicYear.fromTwoDigits(Integer.parseInt(value.substring(3, 5)));
    }

    @Override
    public String toString() {
        return value;
    }
}
