package org.hubcycle.performance;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;
import org.hubcycle.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settings that keep work off every request (issue 14): each is a few per cent of a page's CPU, measured
 * with {@code bench/compare.sh}, and easy to lose to a changed property or a new dependency.
 */
@IntegrationTest
class PerRequestSettingsTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void datesAndTimesAreReadByTheDriverAsJavaTimeValues() {
        // Not through java.sql.Date and a Calendar, which cost the public catalogue 4-5% of its CPU.
        Map<Class<?>, Class<?>> expected =
                Map.of(LocalDate.class, LocalDateJdbcType.class, LocalTime.class, LocalTimeJdbcType.class);
        List<String> checked = new ArrayList<>();
        List<String> indirect = new ArrayList<>();
        entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .forEachEntityDescriptor(entity -> entity.forEachAttributeMapping(attribute -> {
                    Class<?> javaType = attribute.getJavaType().getJavaTypeClass();
                    if (expected.containsKey(javaType) && attribute instanceof BasicValuedModelPart basic) {
                        String name = entity.getEntityName() + "." + attribute.getAttributeName();
                        checked.add(name);
                        if (!expected.get(javaType)
                                .isInstance(basic.getJdbcMapping().getJdbcType())) {
                            indirect.add(name + " (" + basic.getJdbcMapping().getJdbcType() + ")");
                        }
                    }
                }));
        assertThat(checked).hasSizeGreaterThan(10);
        assertThat(indirect).isEmpty();
    }

    @Test
    void noLoggerCheckConsultsATurboFilter() {
        // Micrometer's count of log events is one; Thymeleaf checks its logger once per expression.
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(logging.getTurboFilterList()).isEmpty();
    }
}
