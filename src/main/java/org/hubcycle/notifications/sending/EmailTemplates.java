package org.hubcycle.notifications.sending;

import java.util.Locale;
import java.util.Map;
import org.hubcycle.shared.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes an email from its template, {@code templates/email/<kind>.txt}, in Thymeleaf's text mode,
 * and its subject from messages ({@code email.<kind>.subject}). Every template may use {@code base},
 * the configured public address of Hubcycle, for its links.
 */
@Component
public class EmailTemplates {

    private static final Locale LOCALE = Locale.UK;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final PublicAddress address;

    EmailTemplates(MessageSource messages, PublicAddress address) {
        this.messages = messages;
        this.address = address;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/email/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    public String subject(String kind, Object[] arguments) {
        return messages.getMessage("email." + kind + ".subject", arguments, LOCALE);
    }

    public String body(String kind, Map<String, Object> model) {
        Context context = new Context(LOCALE, model);
        context.setVariable("base", address.base());
        return engine.process(kind, context);
    }
}
