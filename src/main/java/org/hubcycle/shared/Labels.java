package org.hubcycle.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a choice's words from the messages file of the module that declares it
 * ({@code org.hubcycle.<module>} reads {@code messages/<module>.properties}), the same file Spring's
 * message source reads, without needing it: jobs, emails and unit tests word choices alike.
 */
final class Labels {

    private static final Map<Class<?>, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    /** A choice's words never change while the application runs: each is read once. */
    private static final Map<Enum<?>, String> LABELS = new ConcurrentHashMap<>();

    private Labels() {}

    static String code(Enum<?> choice) {
        return "enum." + choice.getDeclaringClass().getSimpleName() + "." + choice.name();
    }

    static String of(Enum<?> choice) {
        return LABELS.computeIfAbsent(choice, Labels::read);
    }

    private static String read(Enum<?> choice) {
        ResourceBundle bundle = BUNDLES.computeIfAbsent(choice.getDeclaringClass(), Labels::bundleOf);
        // Messages are MessageFormat patterns (an apostrophe is written twice), as Spring reads them.
        return new MessageFormat(bundle.getString(code(choice)), Locale.UK).format(new Object[0]);
    }

    /** Shared words ({@code messages.properties}) for code outside a request, such as {@link Dates}. */
    static String shared(String code, Object... arguments) {
        ResourceBundle bundle = BUNDLES.computeIfAbsent(Labels.class, Labels::bundleOf);
        return new MessageFormat(bundle.getString(code), Locale.UK).format(arguments);
    }

    private static ResourceBundle bundleOf(Class<?> type) {
        String module = type.getPackageName().split("\\.")[2];
        return ResourceBundle.getBundle(module.equals("shared") ? "messages" : "messages/" + module, Locale.ROOT);
    }
}
