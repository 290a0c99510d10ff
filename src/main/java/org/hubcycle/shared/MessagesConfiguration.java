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
 * one look-up. Earlier bundles win over later ones, as before; {@code MessageCodesTest} keeps a code to
 * one bundle anyway. The other settings are those {@code application.properties} gave Spring Boot's:
 * UTF-8 files, no fall-back to the machine's locale, and every message read with {@code MessageFormat}.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        for (String basename : basenames) {
            messages.addBasenames("classpath:" + basename.strip());
        }
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        messages.setCacheSeconds(-1);
        return messages;
    }
}
