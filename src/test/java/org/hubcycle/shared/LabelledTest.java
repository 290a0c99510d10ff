package org.hubcycle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every choice a person reads (each constant of a Labelled enum) has its words in its module's messages file. */
class LabelledTest {

    @Test
    void everyChoiceHasItsWordsInMessages() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (BeanDefinition found : scanner.findCandidateComponents("org.hubcycle")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                checked++;
                try {
                    assertThat(((Labelled) constant).label()).isNotBlank();
                } catch (MissingResourceException e) {
                    missing.add(((Labelled) constant).labelCode());
                }
            }
        }
        assertThat(checked).as("Labelled enums found").isGreaterThan(50);
        assertThat(missing).as("choices without words in messages").isEmpty();
    }
}
