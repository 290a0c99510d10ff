package org.hubcycle.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

class DemoDataLoaderTest {

    private final List<String> loaded = new ArrayList<>();
    private final Recorded recorded = new Recorded();

    @Test
    void loadsModulesInOrder() {
        DemoData users = demo(20, "users");
        DemoData hubs = demo(10, "hubs");
        new DemoDataLoader(List.of(users, hubs), new MockEnvironment(), recorded)
                .run(new DefaultApplicationArguments());
        assertThat(loaded).containsExactly("hubs", "users");
    }

    @Test
    void aSecondStartReadsTheRecordInsteadOfAskingEveryModule() {
        List<DemoData> modules = List.of(demo(10, "hubs"), demo(20, "users"));
        new DemoDataLoader(modules, new MockEnvironment(), recorded).run(new DefaultApplicationArguments());
        loaded.clear();

        new DemoDataLoader(modules, new MockEnvironment(), recorded).run(new DefaultApplicationArguments());

        assertThat(loaded).isEmpty();
        assertThat(recorded.keys).hasSize(1);
    }

    @Test
    void aModuleNotRecordedYetHasEveryModuleAskedAgain() {
        new DemoDataLoader(List.of(demo(10, "hubs")), new MockEnvironment(), recorded)
                .run(new DefaultApplicationArguments());
        loaded.clear();

        new DemoDataLoader(List.of(demo(10, "hubs"), new Evaluation(loaded)), new MockEnvironment(), recorded)
                .run(new DefaultApplicationArguments());

        assertThat(loaded).containsExactly("hubs", "evaluation");
        assertThat(recorded.keys).hasSize(2);
    }

    @Test
    void refusesToLoadInProduction() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        DemoDataLoader loader = new DemoDataLoader(List.of(demo(10, "hubs")), production, recorded);
        assertThatThrownBy(() -> loader.run(new DefaultApplicationArguments()))
                .hasMessageContaining("never loaded in production");
        assertThat(loaded).isEmpty();
        assertThat(recorded.keys).isEmpty();
    }

    private DemoData demo(int order, String name) {
        return new DemoData() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public void load() {
                loaded.add(name);
            }
        };
    }

    /** A module of a class of its own, as a module added in a later release would be. */
    private record Evaluation(List<String> loaded) implements DemoData {

        @Override
        public int order() {
            return 30;
        }

        @Override
        public void load() {
            loaded.add("evaluation");
        }
    }

    /** The record kept in memory instead of the database. */
    private static final class Recorded extends LoadedDemoData {

        final Set<String> keys = new HashSet<>();

        Recorded() {
            super(null, null);
        }

        @Override
        boolean contains(String modules) {
            return keys.contains(modules);
        }

        @Override
        void record(String modules) {
            keys.add(modules);
        }
    }
}
