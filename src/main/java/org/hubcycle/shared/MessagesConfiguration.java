package org.hubcycle.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Every module's messages, read as one table. Spring Boot's message source looks a code up in each of
 * the {@code spring.messages.basename} bundles in turn, ten of them here, on every message a page
 * shows; Spring's reloadable one, never reloading, merges them once per locale and finds a code in
 * one look-up. A code in two bundles reads from the earlier one, as before. The other settings are
 * Spring Boot's {@code spring.messages} ones, as
 * {@code application.properties} sets them for Spring Boot's own source (which test slices still use).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(
            @Value("${spring.messages.basename}") String[] basenames,
            @Value("${spring.messages.fallback-to-system-locale}") boolean fallbackToSystemLocale,
            @Value("${spring.messages.always-use-message-format}") boolean alwaysUseMessageFormat) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        for (String basename : basenames) {
            messages.addBasenames("classpath:" + basename.strip());
        }
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(fallbackToSystemLocale);
        messages.setAlwaysUseMessageFormat(alwaysUseMessageFormat);
        messages.setCacheSeconds(-1);
        return messages;
    }
}
