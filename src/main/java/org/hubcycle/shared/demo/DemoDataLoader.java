package org.hubcycle.shared.demo;

import java.util.Comparator;
import java.util.List;
import org.hubcycle.shared.HubScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Loads every module's demo data on start-up when {@code hubcycle.demo.enabled} is true. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    /** Profiles in which demo data (and its well-known passwords) must never exist. */
    static final String PRODUCTION_PROFILES = "postgres | production";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoData> modules;
    private final Environment environment;

    DemoDataLoader(List<DemoData> modules, Environment environment) {
        this.modules = modules;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILES))) {
            throw new IllegalStateException("Demo data is never loaded in production: unset HUBCYCLE_DEMO_ENABLED "
                    + "or run without the postgres profile");
        }
        HubScope.asSystem(() -> modules.stream()
                .sorted(Comparator.comparingInt(DemoData::order))
                .forEach(DemoData::load));
        log.info("Demo data is in place ({} modules)", modules.size());
    }
}
