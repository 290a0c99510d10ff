package org.hubcycle.leadership.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Addresses;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/** What the leadership forms share: years, dates and times as typed, and refusals as form errors. */
final class Forms {

    /** Maths Hubs began in 2014/15: no role or cohort is older. */
    static final int FIRST_YEAR = 2014;

    private Forms() {}

    /** The years a role or cohort can start or end in: from 2014/15 to the year after this one, newest first. */
    static List<AcademicYear> years(AcademicYear current) {
        List<AcademicYear> years = new ArrayList<>();
        for (int y = current.next().startYear(); y >= FIRST_YEAR; y--) {
            years.add(new AcademicYear(y));
        }
        return years;
    }

    /** A year in an address or filter; this year when none is given, 404 when it is not a year. */
    static AcademicYear year(String text, AcademicYear current) {
        return text == null || text.isBlank() ? current : Addresses.year(text);
    }

    /**
     * A year chosen in a form (bound by the AcademicYear formatter; one that is not a year is already a
     * field error), or null with a field error when it is missing but required, or older than the hubs.
     */
    static AcademicYear year(AcademicYear year, String field, boolean required, String code, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return null;
        }
        if (year == null ? required : year.startYear() < FIRST_YEAR) {
            result.rejectValue(field, code);
            return null;
        }
        return year;
    }

    static FormErrors errors(Refused refused, String defaultField, MessageSource messages, Locale locale) {
        return FormErrors.of(refused.field() == null ? defaultField : refused.field(), refused, messages, locale);
    }
}
