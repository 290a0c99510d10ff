package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.hubcycle.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

@IntegrationTest
class MessagesConfigurationTest {

    @Autowired
    MessageSource messages;

    @Value("${spring.messages.basename}")
    String[] basenames;

    @Test
    void everyModulesMessagesAreOneTableReadOnce() {
        assertThat(messages).isInstanceOf(ReloadableResourceBundleMessageSource.class);
        assertThat(((ReloadableResourceBundleMessageSource) messages).getBasenameSet())
                .hasSize(basenames.length);
    }

    @Test
    void everyMessageOfEveryBundleReadsAsWrittenInUtf8ThroughMessageFormat() throws IOException {
        int read = 0;
        for (String basename : basenames) {
            Properties bundle = new Properties();
            try (Reader file = Files.newBufferedReader(
                    Path.of("src/main/resources", basename.strip() + ".properties"), StandardCharsets.UTF_8)) {
                bundle.load(file);
            }
            for (String code : bundle.stringPropertyNames()) {
                String written = bundle.getProperty(code);
                if (!written.contains("{")) {
                    assertThat(messages.getMessage(code, null, Locale.UK))
                            .as(code)
                            .isEqualTo(new MessageFormat(written, Locale.UK).format(new Object[0]));
                    read++;
                }
            }
        }
        assertThat(read).isGreaterThan(1000);
        assertThat(messages.getMessage("project.funding.hint", null, Locale.UK)).contains("'Supply cover: £3000'");
    }
}
