package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message is read with MessageFormat, so an apostrophe must be written twice or it vanishes ("the hubs area"). */
class MessagesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void noMessageHasALoneApostrophe() throws IOException {
        List<String> wrong = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties");
        Resource[] modules = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        for (Resource file : concat(files, modules)) {
            Properties messages = new Properties();
            try (InputStream in = file.getInputStream()) {
                messages.load(in);
            }
            messages.forEach((key, value) -> {
                if (LONE_APOSTROPHE.matcher((String) value).find()) {
                    wrong.add(file.getFilename() + ": " + key + "=" + value);
                }
            });
        }
        assertThat(files).isNotEmpty();
        assertThat(wrong).as("write ' as '' in messages").isEmpty();
    }

    private static List<Resource> concat(Resource[] a, Resource[] b) {
        List<Resource> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all;
    }
}
