package org.hubcycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of DESIGN.md section 3 exist and respect each other's boundaries. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(HubcycleApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleOfTheDesignExists() {
        assertThat(modules.stream()
                        .map(ApplicationModule::getBasePackage)
                        .map(p -> p.getName().substring("org.hubcycle.".length()))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "shared",
                        "directory",
                        "access",
                        "catalogue",
                        "leadership",
                        "enrolment",
                        "delivery",
                        "evaluation",
                        "impact",
                        "improvement",
                        "insights",
                        "notifications");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
