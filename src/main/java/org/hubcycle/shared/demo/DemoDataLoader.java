package org.hubcycle.shared.demo;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
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
import org.springframework.util.ClassUtils;

/**
 * Loads every module's demo data on start-up when {@code hubcycle.demo.enabled} is true, unless this
 * academic year's demo data from the same modules is recorded as complete ({@link LoadedDemoData}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    /** Profiles in which demo data (and its well-known passwords) must never exist. */
    static final String PRODUCTION_PROFILES = "postgres | production";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoData> modules;
    private final Environment environment;
    private final LoadedDemoData loaded;

    DemoDataLoader(List<DemoData> modules, Environment environment, LoadedDemoData loaded) {
        this.modules = modules.stream()
                .sorted(Comparator.comparingInt(DemoData::order))
                .toList();
        this.environment = environment;
        this.loaded = loaded;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILES))) {
            throw new IllegalStateException("Demo data is never loaded in production: unset HUBCYCLE_DEMO_ENABLED "
                    + "or run without the postgres profile");
        }
        String names = names();
        if (loaded.contains(names)) {
            log.info("Demo data is in place ({} modules, as recorded)", modules.size());
            return;
        }
        HubScope.asSystem(() -> modules.forEach(DemoData::load));
        loaded.record(names);
        log.info("Demo data is in place ({} modules)", modules.size());
    }

    /** The modules, as their completeness is recorded: their class names in load order. */
    String names() {
        return modules.stream()
                .map(module -> ClassUtils.getUserClass(module).getSimpleName())
                .collect(Collectors.joining(","));
    }
}
