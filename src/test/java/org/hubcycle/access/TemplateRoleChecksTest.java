package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hubcycle.access.internal.Role;
import org.junit.jupiter.api.Test;

/**
 * Templates ask the signed-in user for a role ({@code signedIn.hasRole('HUB_LEAD')}), not Spring Security's
 * Thymeleaf dialect, which Hubcycle does not carry (issue 14: each {@code sec:authorize} built a security
 * expression context). With the dialect gone, a {@code sec:authorize} left in a template would not hide
 * anything: the element would be shown to everyone. So none may be written, and every role a template names
 * must be one, since a misspelt one would fail only the page and branch that reaches it.
 */
class TemplateRoleChecksTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SECURITY_DIALECT = Pattern.compile("\\bsec:|#authentication\\b|#authorization\\b");
    private static final Pattern ROLE_CHECK = Pattern.compile("\\.has(?:Any)?Role\\(([^)]*)\\)");
    private static final Pattern ROLE_NAME = Pattern.compile("'(\\w+)'");

    @Test
    void noTemplateUsesSpringSecuritysDialect() throws IOException {
        assertThat(lines(SECURITY_DIALECT)).isEmpty();
    }

    @Test
    void everyRoleATemplateNamesIsARole() throws IOException {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        List<String> unknown = new ArrayList<>();
        List<String> checks = lines(ROLE_CHECK);
        for (String line : checks) {
            Matcher check = ROLE_CHECK.matcher(line);
            while (check.find()) {
                Matcher name = ROLE_NAME.matcher(check.group(1));
                while (name.find()) {
                    if (!roles.contains(name.group(1))) {
                        unknown.add(name.group(1) + " in " + line);
                    }
                }
            }
        }
        assertThat(checks).as("role checks found").hasSizeGreaterThan(20);
        assertThat(unknown).isEmpty();
    }

    @Test
    void theChecksSeeWhatTheyAreMeantTo() {
        assertThat(SECURITY_DIALECT
                        .matcher("<p sec:authorize=\"hasRole('HUB_LEAD')\">")
                        .find())
                .isTrue();
        assertThat(SECURITY_DIALECT
                        .matcher("th:text=\"${#authentication.principal.hubName()}\"")
                        .find())
                .isTrue();
        Matcher check = ROLE_CHECK.matcher("th:if=\"${signedIn.hasAnyRole('HUB_LEAD', 'HUB_STAF')}\"");
        assertThat(check.find()).isTrue();
        assertThat(check.group(1)).isEqualTo("'HUB_LEAD', 'HUB_STAF'");
    }

    /** Each template line matching the pattern, as "file:line: text". */
    private static List<String> lines(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> text = Files.readAllLines(file);
                for (int i = 0; i < text.size(); i++) {
                    if (pattern.matcher(text.get(i)).find()) {
                        found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": "
                                + text.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}
