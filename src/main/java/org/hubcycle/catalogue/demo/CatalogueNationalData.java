package org.hubcycle.catalogue.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.CatalogueTerms.ChargeBasis;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.CatalogueTerms.ProjectType;
import org.hubcycle.catalogue.CatalogueTerms.Section;
import org.hubcycle.catalogue.CatalogueTerms.SessionFormat;
import org.hubcycle.catalogue.CatalogueTerms.SessionLength;
import org.hubcycle.catalogue.CatalogueTerms.Stage;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.EligibilityRule.All;
import org.hubcycle.catalogue.EligibilityRule.CompletedFamily;
import org.hubcycle.catalogue.EligibilityRule.NeverEnrolledFamily;
import org.hubcycle.catalogue.EligibilityRule.PhaseIn;
import org.hubcycle.catalogue.EligibilityRule.Window;
import org.hubcycle.catalogue.internal.EligibilityRules;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalogue's share of the national dataset: each year's national projects (the Teaching for
 * Mastery pathways with their eligibility rules, and projects any school of the phase may join), and
 * 25 to 40 work groups per hub per year, led by the hub's people. The past years' groups have
 * completed; of the current year's, two in three are running since October and one in three is still
 * recruiting, starting later in the year.
 */
@Component
class CatalogueNationalData implements NationalData {

    /** A project run every year: its family, phase, pathway step (0: not a pathway) and how often it is offered. */
    private record Template(String family, Phase phase, int step, int weight) {}

    private static final List<Template> TEMPLATES = List.of(
            new Template("Primary TfM Readiness", Phase.PRIMARY, 1, 1),
            new Template("Primary TfM Development", Phase.PRIMARY, 2, 3),
            new Template("Primary TfM Embedding", Phase.PRIMARY, 3, 3),
            new Template("Primary TfM Sustaining", Phase.PRIMARY, 4, 2),
            new Template("Secondary TfM Development", Phase.SECONDARY, 2, 1),
            new Template("Secondary TfM Embedding", Phase.SECONDARY, 3, 1),
            new Template("Secondary TfM Sustaining", Phase.SECONDARY, 4, 1),
            new Template("Mastering Number", Phase.PRIMARY, 0, 6),
            new Template("Mastering Number at KS2", Phase.PRIMARY, 0, 5),
            new Template("Primary SKTM", Phase.PRIMARY, 0, 3),
            new Template("Secondary SKTM Non-specialists", Phase.SECONDARY, 0, 3),
            new Template("Secondary Early Career Teachers", Phase.SECONDARY, 0, 3),
            new Template("Year 5 to 8 Continuity", Phase.PRIMARY, 0, 2),
            new Template("Maths and Science", Phase.SECONDARY, 0, 2));

    private final JdbcTemplate jdbc;

    CatalogueNationalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(NationalDataset dataset) {
        Random random = dataset.random("catalogue");
        Bulk bulk = new Bulk(jdbc);
        long projectId = bulk.nextId("project");
        long groupId = bulk.nextId("work_group");
        List<Object[]> projects = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        Map<String, Long> lastYears = new HashMap<>();
        int weights = TEMPLATES.stream().mapToInt(Template::weight).sum();
        // The current year's recruiting groups start on the first of the month after next and take
        // applications until two weeks before, so the busy day's schools have groups to apply to.
        LocalDate laterStart = LocalDate.now().withDayOfMonth(1).plusMonths(2);
        for (AcademicYear year : dataset.years()) {
            List<NationalDataset.Project> ofYear = new ArrayList<>();
            for (int t = 0; t < TEMPLATES.size(); t++, projectId++) {
                Template template = TEMPLATES.get(t);
                int completion = template.step() == 0 ? 3 : 4;
                projects.add(new Object[] {
                    projectId,
                    "NCP%02d-%02d".formatted(year.startYear() % 100, t + 1),
                    template.family(),
                    year.startYear(),
                    template.phase().name(),
                    template.phase() == Phase.PRIMARY
                            ? Section.EARLY_YEARS_AND_PRIMARY.name()
                            : Section.SECONDARY.name(),
                    ProjectType.WORK_GROUP.name(),
                    Stage.SCALING_UP.name(),
                    template.family(),
                    lastYears.get(template.family()),
                    EligibilityRules.toJson(rule(template)),
                    Allocation.FIRST_COME.name(),
                    completion,
                    ChargeBasis.PER_SCHOOL.name(),
                    NationalDataset.funding(template.phase(), template.step())
                });
                outcomes.add(new Object[] {
                    projectId,
                    OutcomeArea.PRACTICE.name(),
                    1,
                    "Teachers use mastery approaches in every lesson, shown in planning and in lessons seen."
                });
                lastYears.put(template.family(), projectId);
                NationalDataset.Project project = new NationalDataset.Project(
                        projectId, year, template.family(), template.phase(), template.step(), completion);
                for (int w = 0; w < template.weight(); w++) {
                    ofYear.add(project);
                }
            }
            boolean current = year.equals(dataset.currentYear());
            for (NationalDataset.Hub hub : dataset.hubs) {
                int count = 25 + random.nextInt(16);
                for (int g = 1; g <= count; g++, groupId++) {
                    NationalDataset.Project project = ofYear.get(random.nextInt(ofYear.size()));
                    int capacity = 12 + random.nextInt(13);
                    int sessions = 4 + random.nextInt(5);
                    long lead = hub.people().get(random.nextInt(hub.people().size()));
                    boolean online = random.nextInt(4) == 0;
                    boolean recruiting = current && g % 3 == 0;
                    WorkGroupStatus status = !current
                            ? WorkGroupStatus.COMPLETED
                            : recruiting ? WorkGroupStatus.OPEN : WorkGroupStatus.RUNNING;
                    LocalDate start = recruiting ? laterStart : LocalDate.of(year.startYear(), 10, 1);
                    LocalDate deadline = recruiting ? laterStart.minusDays(14) : LocalDate.of(year.startYear(), 9, 20);
                    groups.add(new Object[] {
                        groupId,
                        hub.id(),
                        project.id(),
                        year.startYear(),
                        project.family() + " " + g,
                        "A work group of " + project.family() + " for schools near " + hub.slug() + ".",
                        lead,
                        capacity,
                        3,
                        sessions,
                        (random.nextBoolean() ? SessionLength.HALF_DAY : SessionLength.FULL_DAY).name(),
                        (online ? SessionFormat.ONLINE : SessionFormat.IN_PERSON).name(),
                        online ? null : "Hub lead school",
                        Date.valueOf(start),
                        Date.valueOf(deadline),
                        0,
                        random.nextInt(3) == 0 ? 5_000 : 0,
                        status.name()
                    });
                    dataset.workGroups.add(new NationalDataset.WorkGroup(
                            groupId, hub.id(), project, capacity, 3, sessions, lead, start, recruiting));
                }
            }
            dataset.projects.addAll(ofYear.stream().distinct().toList());
        }
        bulk.insert(
                "INSERT INTO project (id, code, title, academic_year, phases, catalogue_section, project_type, stage,"
                        + " family, continues_from_id, eligibility, allocation, completion_sessions, no_show_basis,"
                        + " funding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                projects);
        bulk.insert("INSERT INTO project_outcome (project_id, area, position, text) VALUES (?, ?, ?, ?)", outcomes);
        bulk.insert(
                "INSERT INTO work_group (id, hub_id, project_id, academic_year, name, summary, lead_person_id,"
                        + " capacity_schools, places_per_school, session_count, session_length, session_format, venue,"
                        + " start_month, application_deadline, cost_pence, no_show_charge_pence, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                groups);
        bulk.restartIds("project", "work_group");
    }

    /** A school does Readiness or Development once, Embedding the year after Development, Sustaining after Embedding. */
    private static EligibilityRule rule(Template template) {
        PhaseIn phase = new PhaseIn(Set.of(template.phase() == Phase.PRIMARY ? "Primary" : "Secondary"));
        return switch (template.step()) {
            case 1, 2 -> new All(List.of(phase, new NeverEnrolledFamily(template.family())));
            case 3 ->
                new CompletedFamily(
                        NationalDataset.pathway(template.phase(), "Development"), Window.PREVIOUS_YEAR, null);
            case 4 -> new CompletedFamily(NationalDataset.pathway(template.phase(), "Embedding"), Window.EVER, null);
            default -> phase;
        };
    }
}
