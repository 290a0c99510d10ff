package org.hubcycle.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the time zone Hubcycle's users live in. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** Dates and times are shown and reasoned about in Europe/London. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
