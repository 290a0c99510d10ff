package org.hubcycle.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.hubcycle.catalogue.EligibilityRule.All;
import org.hubcycle.catalogue.EligibilityRule.Any;
import org.hubcycle.catalogue.EligibilityRule.CompletedFamily;
import org.hubcycle.catalogue.EligibilityRule.HasActiveMasterySpecialist;
import org.hubcycle.catalogue.EligibilityRule.InHub;
import org.hubcycle.catalogue.EligibilityRule.NeverEnrolledFamily;
import org.hubcycle.catalogue.EligibilityRule.Not;
import org.hubcycle.catalogue.EligibilityRule.OfstedIn;
import org.hubcycle.catalogue.EligibilityRule.PhaseIn;
import org.hubcycle.catalogue.EligibilityRule.TypeGroupIn;
import org.hubcycle.catalogue.EligibilityRule.Window;
import org.hubcycle.catalogue.internal.EligibilityRules;
import org.junit.jupiter.api.Test;

/** Every rule type is stored as data and said in plain English. */
class EligibilityRuleTest {

    private final EligibilityRule everyType = new All(List.of(
            new PhaseIn(Set.of("Primary", "Middle deemed primary")),
            new InHub(),
            new TypeGroupIn(Set.of("Academies")),
            new Not(new OfstedIn(Set.of("Inadequate"))),
            new Any(List.of(
                    new CompletedFamily("Primary TfM Development", Window.PREVIOUS_YEAR, null),
                    new CompletedFamily("Primary TfM Embedding", Window.WITHIN_YEARS, 3),
                    new CompletedFamily("Primary TfM Readiness", Window.EVER, null),
                    new HasActiveMasterySpecialist())),
            new NeverEnrolledFamily("Mastering Number")));

    @Test
    void everyRuleTypeSurvivesStorage() {
        String json = EligibilityRules.toJson(everyType);
        assertThat(json).contains("\"type\":\"all\"", "\"type\":\"never-enrolled\"", "\"window\":\"WITHIN_YEARS\"");
        assertThat(EligibilityRules.fromJson(json)).isEqualTo(everyType);
    }

    @Test
    void aRuleIsReadOnceAndSharedSoNoReaderCanChangeIt() {
        String json = EligibilityRules.toJson(everyType);
        EligibilityRule read = EligibilityRules.fromJson(json);
        assertThat(EligibilityRules.fromJson(json)).isSameAs(read);

        All all = (All) read;
        assertThatThrownBy(() -> all.rules().add(new InHub())).isInstanceOf(UnsupportedOperationException.class);
        PhaseIn phases = (PhaseIn) all.rules().get(0);
        assertThatThrownBy(() -> phases.phases().clear()).isInstanceOf(UnsupportedOperationException.class);
        Set<String> typed = new java.util.LinkedHashSet<>(List.of("Secondary", "Primary"));
        PhaseIn made = new PhaseIn(typed);
        typed.clear();
        assertThat(made.phases()).containsExactly("Secondary", "Primary");
    }

    @Test
    void readsAsPlainEnglish() {
        assertThat(EligibilityRule.forSchools(
                        new CompletedFamily("Primary Teaching for Mastery Development", Window.EVER, null)))
                .isEqualTo("For schools that completed a Primary Teaching for Mastery Development project");
        assertThat(EligibilityRule.forSchools(everyType))
                .isEqualTo("For schools that are primary or middle deemed primary schools"
                        + " and are in the hub's area and are academies and do not meet this: were last rated Inadequate by Ofsted"
                        + " and either completed a Primary TfM Development project last year or completed a Primary TfM Embedding project"
                        + " in the last 3 years or completed a Primary TfM Readiness project or have an active Mastery Specialist"
                        + " and have never taken part in a Mastering Number project");
        assertThat(EligibilityRule.forSchools(null)).isEqualTo("For any school");
    }

    @Test
    void aRuleThatCannotBeReadSaysWhy() {
        assertThatThrownBy(() -> EligibilityRules.fromJson(
                        "{\"type\":\"completed\",\"window\":\"WITHIN_YEARS\",\"family\":\"X\"}"))
                .hasMessageContaining("not one Hubcycle understands")
                .hasMessageContaining("within how many years");
        assertThatThrownBy(() -> EligibilityRules.fromJson("{\"type\":\"favourite-colour\"}"))
                .hasMessageContaining("not one Hubcycle understands");
    }

    @Test
    void aRuleNestedDeeperThanAnyBuiltOneIsRefusedNotAStackOverflow() {
        String deep = "{\"type\":\"not\",\"rule\":".repeat(1_500) + "{\"type\":\"phase\",\"phases\":[\"PRIMARY\"]}"
                + "}".repeat(1_500);

        assertThatThrownBy(() -> EligibilityRules.fromJson(deep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one Hubcycle understands");
    }
}
