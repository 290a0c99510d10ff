package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every sentence a person reads comes from messages by code (petclinic's I18nPropertiesSyncTest is
 * the model): a code used in Java or a template without a key fails here, as does a sentence written
 * straight into Java where a code belongs, or English typed into a page template.
 */
class MessageCodesTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Where Java hands a code to messages: field errors, refusals, not found, and direct look-ups. */
    private static final Pattern JAVA_CODE = Pattern.compile(
            "(?:rejectValue\\([^,;]+,\\s*|\\.reject\\(\\s*|new Refused\\([^,;]+,\\s*|getMessage\\(\\s*|choice\\([^;]*?,\\s*\"[^\"]*\",\\s*"
                    + "|new NotFoundException\\(\\s*|Labels\\.shared\\(\\s*|words\\(\\s*)"
                    + "\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** An audited action's type (a literal, or the literal start of a type built from a choice). */
    private static final Pattern AUDIT_TYPE = Pattern.compile("Audited\\.of\\(\\s*\"([^\"]+)\"");
    /** The message chosen to word an audit event's detail (or its literal start). */
    private static final Pattern AUDIT_WORDED = Pattern.compile("\\.worded\\(\\s*\"([^\"]+)\"");

    private static final Pattern TEMPLATE_CODE = Pattern.compile("#\\{([\\w.\\-]+)[}(]");
    /** Attributes a person reads (or hears) that must come from messages too. */
    private static final List<String> READ_ATTRIBUTES = List.of("aria-label", "title", "alt", "placeholder");
    /** A sentence inside a template expression, like ${'Page ' + n}. */
    private static final Pattern EXPRESSION_ENGLISH = Pattern.compile("'[A-Z][a-z]+[ ,:.][^']*'");

    private static final Set<String> DYNAMIC = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

    /** Every message is read with MessageFormat, so an apostrophe must be written twice or it vanishes. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Set<String> keys;
    private static List<String> loneApostrophes;

    @BeforeAll
    static void load() throws IOException {
        keys = new TreeSet<>();
        loneApostrophes = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(
                Stream.of(RESOURCES.resolve("messages.properties")), Files.list(RESOURCES.resolve("messages")))) {
            for (Path file : files.toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : properties.stringPropertyNames()) {
                    keys.add(key);
                    if (LONE_APOSTROPHE.matcher(properties.getProperty(key)).find()) {
                        loneApostrophes.add(file.getFileName() + ": " + key + "=" + properties.getProperty(key));
                    }
                }
            }
        }
    }

    @Test
    void noMessageHasALoneApostrophe() {
        assertThat(keys).isNotEmpty();
        assertThat(loneApostrophes).as("write ' as '' in messages").isEmpty();
    }

    @Test
    void everyModuleWithPagesHasItsOwnMessagesFile() throws IOException {
        try (Stream<Path> folders = Files.list(TEMPLATES)) {
            List<String> missing = folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(module -> !List.of("email", "error", "fragments").contains(module))
                    .filter(module -> !Files.exists(RESOURCES.resolve("messages/" + module + ".properties")))
                    .toList();
            assertThat(missing)
                    .as("modules whose pages have no messages/<module>.properties")
                    .isEmpty();
        }
    }

    @Test
    void everyCodeJavaUsesHasAMessage() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            String source = Files.readString(file);
            Matcher m = JAVA_CODE.matcher(source);
            while (m.find()) {
                String code = m.group(1);
                if (code.contains(" ")) {
                    written.add(file.getFileName() + ": \"" + code + "\"");
                } else if (code.endsWith(".")
                        ? keys.stream().noneMatch(k -> k.startsWith(code))
                        : code.contains(".") && !keys.contains(code)) {
                    missing.add(file.getFileName() + ": " + code);
                }
            }
        }
        assertThat(missing).as("codes used in Java with no key in messages").isEmpty();
        assertThat(written)
                .as("sentences written in Java where a message code belongs")
                .isEmpty();
    }

    /**
     * Every audited action has a label ({@code audit.type.<type>}) and a message for its detail: its
     * own ({@code audit.detail.<type>}) or the one it is worded by.
     */
    @Test
    void everyAuditedActionIsWorded() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            String source = Files.readString(file);
            Matcher types = AUDIT_TYPE.matcher(source);
            while (types.find()) {
                String type = types.group(1);
                boolean built = type.endsWith(".") || type.endsWith("-");
                if (built
                        ? keys.stream().noneMatch(k -> k.startsWith("audit.type." + type))
                        : !keys.contains("audit.type." + type)) {
                    missing.add(file.getFileName() + ": audit.type." + type);
                }
                if (!built && !keys.contains(Audited.DETAIL + type)) {
                    missing.add(file.getFileName() + ": " + Audited.DETAIL + type);
                }
            }
            Matcher worded = AUDIT_WORDED.matcher(source);
            while (worded.find()) {
                String code = worded.group(1);
                if (code.endsWith(".") ? keys.stream().noneMatch(k -> k.startsWith(code)) : !keys.contains(code)) {
                    missing.add(file.getFileName() + ": " + code);
                }
            }
        }
        assertThat(missing).as("audited actions with no words").isEmpty();
    }

    @Test
    void everyCodeATemplateUsesHasAMessage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher m = TEMPLATE_CODE.matcher(Files.readString(file));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing)
                .as("codes used in templates with no key in messages")
                .isEmpty();
    }

    @Test
    void noTemplateHasEnglishOutsideMessages() throws IOException {
        List<String> english = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Document page = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
            for (Element element : page.getAllElements()) {
                if (replaced(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (words(text.text())) {
                        english.add(
                                TEMPLATES.relativize(file) + ": " + text.text().strip());
                    }
                }
                element.attributes().asList().stream()
                        .filter(a -> a.getKey().startsWith("th:"))
                        .filter(a -> EXPRESSION_ENGLISH.matcher(a.getValue()).find())
                        .forEach(a -> english.add(
                                TEMPLATES.relativize(file) + ": " + a.getKey() + "=\"" + a.getValue() + "\""));
                for (String attribute : READ_ATTRIBUTES) {
                    if (words(element.attr(attribute)) && !element.hasAttr("th:" + attribute)) {
                        english.add(
                                TEMPLATES.relativize(file) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(english)
                .as("words typed into templates instead of #{...} messages")
                .isEmpty();
    }

    /** Its text (and its children's) is replaced when the page renders, or it is a script or style. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.nameIs("script")
                    || e.nameIs("style")
                    || e.attributes().asList().stream().anyMatch(a -> DYNAMIC.contains(a.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** Two letters in a row outside an inline expression: a word someone reads. */
    private static boolean words(String text) {
        String outside = text.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "");
        return outside.matches("(?s).*[A-Za-z]{2,}.*");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
