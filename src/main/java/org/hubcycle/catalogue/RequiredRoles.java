package org.hubcycle.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles each school must nominate among its participants in a work group, written as the hub
 * types them: {@code 1 Maths lead, 1 Teacher} or {@code 2 Mastery Advocates}. The one source for what
 * the public page says, what the application form asks for and what a submitted application is checked
 * against.
 */
public record RequiredRoles(List<Role> roles) {

    private static final Pattern PART = Pattern.compile("(\\d{1,2})\\s+(\\p{L}[\\p{L} '\\-]*)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");

    /** A role a school fills {@code count} times, e.g. two Mastery Advocates. */
    public record Role(int count, String name) {

        /** Whether a participant's role, as chosen, is this one: without case or a plural s. */
        public boolean matches(String chosen) {
            return chosen != null && singular(chosen).equalsIgnoreCase(name);
        }

        /** {@code 1 Maths lead}, {@code 2 Mastery Advocates}. */
        public String describe() {
            return count + " " + (count == 1 ? name : name + "s");
        }
    }

    public RequiredRoles {
        roles = List.copyOf(roles);
    }

    public static RequiredRoles none() {
        return new RequiredRoles(List.of());
    }

    /** What a work group's text says, or none when it does not read as roles (older free wording). */
    public static RequiredRoles of(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException notRoles) {
            return none();
        }
    }

    /** Reads the hub's text; refuses text that is not a list of numbers and roles. */
    public static RequiredRoles parse(String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        List<Role> roles = new ArrayList<>();
        for (String part : SEPARATOR.split(text.strip())) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
                throw new IllegalArgumentException(part.strip());
            }
            String name = singular(m.group(2).strip());
            roles.add(
                    new Role(Integer.parseInt(m.group(1)), Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        }
        return new RequiredRoles(roles);
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }

    /** How many participants the roles take. */
    public int total() {
        return roles.stream().mapToInt(Role::count).sum();
    }

    /** The names of the roles, in order. */
    public List<String> names() {
        return roles.stream().map(Role::name).toList();
    }

    /** For people: {@code 1 Maths lead and 1 Teacher}. */
    public String describe() {
        List<String> parts = roles.stream().map(Role::describe).toList();
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** As it is stored: {@code 1 Maths lead, 1 Teacher}. */
    public String text() {
        return String.join(
                ", ", roles.stream().map(r -> r.count() + " " + r.name()).toList());
    }

    /** The first role the chosen ones leave unfilled, if any. */
    public Optional<Role> unmet(Collection<String> chosen) {
        return roles.stream()
                .filter(r -> chosen.stream().filter(r::matches).count() < r.count())
                .findFirst();
    }

    /** The role the row-th participant (from 1) is first asked for, so the form starts with the roles in order. */
    public Optional<String> suggestedFor(int row) {
        int seen = 0;
        for (Role r : roles) {
            seen += r.count();
            if (row <= seen) {
                return Optional.of(r.name());
            }
        }
        return Optional.empty();
    }

    private static String singular(String role) {
        String r = role.strip();
        return r.toLowerCase(Locale.UK).endsWith("s") && r.length() > 1 ? r.substring(0, r.length() - 1) : r;
    }
}
