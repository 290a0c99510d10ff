package org.hubcycle.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

class DemoDataLoaderTest {

    @Test
    void loadsModulesInOrder() {
        List<String> loaded = new ArrayList<>();
        DemoData users = demo(20, () -> loaded.add("users"));
        DemoData hubs = demo(10, () -> loaded.add("hubs"));
        new DemoDataLoader(List.of(users, hubs), new MockEnvironment()).run(new DefaultApplicationArguments());
        assertThat(loaded).containsExactly("hubs", "users");
    }

    @Test
    void refusesToLoadInProduction() {
        List<String> loaded = new ArrayList<>();
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        DemoDataLoader loader = new DemoDataLoader(List.of(demo(10, () -> loaded.add("hubs"))), production);
        assertThatThrownBy(() -> loader.run(new DefaultApplicationArguments()))
                .hasMessageContaining("never loaded in production");
        assertThat(loaded).isEmpty();
    }

    private static DemoData demo(int order, Runnable load) {
        return new DemoData() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public void load() {
                load.run();
            }
        };
    }
}
