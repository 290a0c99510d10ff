package org.hubcycle.access.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/** The checks every form that takes a new password or an email address makes. */
final class Passwords {

    static final int MIN = 12;
    static final int MAX = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Passwords() {}

    static boolean isEmail(String email) {
        return email != null
                && email.strip().length() <= 254
                && EMAIL.matcher(email.strip()).matches();
    }

    /** Adds the problems with a new password and its confirmation, if any. */
    static void check(
            String field,
            String password,
            String confirmField,
            String confirmation,
            List<String[]> problems,
            MessageSource messages,
            Locale locale) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            problems.add(new String[] {
                field, messages.getMessage("account.password.length", new Object[] {MIN, MAX}, locale)
            });
        } else if (!password.equals(confirmation)) {
            problems.add(new String[] {confirmField, messages.getMessage("account.password.again", null, locale)});
        }
    }
}
