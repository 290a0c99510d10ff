package org.hubcycle.catalogue.demo;

import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.COMMUNITY_CULTURE;
import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.POLICIES;
import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.PRACTICE;
import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.PROFESSIONAL_LEARNING;
import static org.hubcycle.catalogue.CatalogueTerms.OutcomeArea.PUPIL_LEARNING;
import static org.hubcycle.catalogue.CatalogueTerms.SessionFormat.BLENDED;
import static org.hubcycle.catalogue.CatalogueTerms.SessionFormat.IN_PERSON;
import static org.hubcycle.catalogue.CatalogueTerms.SessionFormat.ONLINE;
import static org.hubcycle.catalogue.CatalogueTerms.SessionLength.FULL_DAY;
import static org.hubcycle.catalogue.CatalogueTerms.SessionLength.HALF_DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.catalogue.CatalogueTerms.Allocation;
import org.hubcycle.catalogue.CatalogueTerms.ProjectType;
import org.hubcycle.catalogue.CatalogueTerms.Section;
import org.hubcycle.catalogue.CatalogueTerms.SessionFormat;
import org.hubcycle.catalogue.CatalogueTerms.SessionLength;
import org.hubcycle.catalogue.CatalogueTerms.Stage;
import org.hubcycle.catalogue.CatalogueTerms.WorkGroupStatus;
import org.hubcycle.catalogue.EligibilityRule;
import org.hubcycle.catalogue.EligibilityRule.All;
import org.hubcycle.catalogue.EligibilityRule.Any;
import org.hubcycle.catalogue.EligibilityRule.CompletedFamily;
import org.hubcycle.catalogue.EligibilityRule.HasActiveMasterySpecialist;
import org.hubcycle.catalogue.EligibilityRule.InHub;
import org.hubcycle.catalogue.EligibilityRule.NeverEnrolledFamily;
import org.hubcycle.catalogue.EligibilityRule.PhaseIn;
import org.hubcycle.catalogue.EligibilityRule.Window;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.domain.Project;
import org.hubcycle.catalogue.domain.ProjectRepository;
import org.hubcycle.catalogue.domain.WorkGroup;
import org.hubcycle.catalogue.domain.WorkGroupRepository;
import org.hubcycle.catalogue.internal.ProjectCode;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This year's national projects, written for Hubcycle in its own words (programme names and facts
 * from the seeds reused), and the demo hubs' offers: 25 work groups across every phase for Demo
 * Maths Hub (two still drafts, one cancelled), a handful for Northfield.
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class CatalogueDemoData implements DemoData {

    private final ProjectRepository projects;
    private final WorkGroupRepository workGroups;
    private final Hubs hubs;
    private final Clock clock;

    CatalogueDemoData(ProjectRepository projects, WorkGroupRepository workGroups, Hubs hubs, Clock clock) {
        this.projects = projects;
        this.workGroups = workGroups;
        this.hubs = hubs;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void load() {
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        String yy = "%02d".formatted(year.startYear() % 100);
        if (projects.existsByCode("NCP" + yy + "-01")) {
            return;
        }
        String previous = "%02d".formatted(year.previous().startYear() % 100);
        Project lastYearsDevelopment = projects.save(project(
                "NCP" + previous + "-02",
                "Primary Teaching for Mastery Development",
                Set.of(Phase.PRIMARY),
                Section.EARLY_YEARS_AND_PRIMARY,
                "Primary",
                ProjectType.PROGRAMME,
                Stage.SCALING_UP,
                "Primary TfM Development",
                null));

        Project readiness = save(project(
                        "NCP" + yy + "-01",
                        "Primary Mastery Readiness",
                        Set.of(Phase.PRIMARY),
                        Section.EARLY_YEARS_AND_PRIMARY,
                        "Primary",
                        ProjectType.WORK_GROUP,
                        Stage.SCALING_UP,
                        "Primary TfM Readiness",
                        new All(List.of(
                                new PhaseIn(Set.of("Primary")),
                                new InHub(),
                                new NeverEnrolledFamily("Primary TfM Development"))))
                .describe(
                        """
                        Some schools are not yet ready to start a Teaching for Mastery Development Work Group: leadership \
                        structures, timetables or classroom culture get in the way. This work group helps a headteacher and a \
                        maths lead remove those barriers before they begin.
                        Schools leave with a plan for leading change in maths and with classrooms where pupils talk about \
                        mathematics and persevere with it.""",
                        "A headteacher (or deputy) and the maths lead from each school, for three half-day sessions and a school visit.",
                        "We now have time in staff meetings for maths, which we never had before.")
                .withOutcomes(
                        POLICIES,
                        "The school has a written plan for how maths teaching will change, owned by its leaders.")
                .withOutcomes(
                        PRACTICE, "Teachers try short, planned changes to questioning and discussion in maths lessons.")
                .withOutcomes(PUPIL_LEARNING, "Pupils are more willing to explain their reasoning."));
        Project development = save(project(
                        "NCP" + yy + "-02",
                        "Primary Teaching for Mastery Development",
                        Set.of(Phase.PRIMARY),
                        Section.EARLY_YEARS_AND_PRIMARY,
                        "Primary",
                        ProjectType.PROGRAMME,
                        Stage.SCALING_UP,
                        "Primary TfM Development",
                        new All(List.of(
                                new PhaseIn(Set.of("Primary", "Middle deemed primary")),
                                new NeverEnrolledFamily("Primary TfM Development"))))
                .describe(
                        """
                        Each hub's Primary Mastery Specialists each lead a group of six or seven schools through their first \
                        year of teaching for mastery. Two teachers from each school take part and try approaches in their own \
                        classrooms between sessions.
                        A school takes the Development year once; Embedding and Sustaining follow.""",
                        "The maths lead and one other teacher from each school, with the headteacher at the first and last sessions. Six sessions in the year and a visit from the specialist.",
                        "Watching the specialist teach our own class made it real for the whole staff.")
                .withOutcomes(POLICIES, "The school agrees how lessons are planned in small, coherent steps.")
                .withOutcomes(
                        PRACTICE,
                        "Participating teachers use representations and structures to expose the mathematics.")
                .withOutcomes(PROFESSIONAL_LEARNING, "Teachers understand the principles behind teaching for mastery.")
                .withOutcomes(PUPIL_LEARNING, "Pupils show deeper understanding of number and calculation.")
                .continuing(lastYearsDevelopment.getId()));
        Project embedding = save(project(
                        "NCP" + yy + "-03",
                        "Primary Teaching for Mastery Embedding",
                        Set.of(Phase.PRIMARY),
                        Section.EARLY_YEARS_AND_PRIMARY,
                        "Primary",
                        ProjectType.PROGRAMME,
                        Stage.SCALING_UP,
                        "Primary TfM Embedding",
                        new CompletedFamily("Primary TfM Development", Window.PREVIOUS_YEAR, null))
                .describe(
                        "For schools in their second year: spreading what the two participating teachers learnt to every class.",
                        "The maths lead from each school, for four half-day sessions.",
                        null)
                .withOutcomes(POLICIES, "Every class follows the school's agreed approach to maths lessons."));
        Project sustaining = save(project(
                        "NCP" + yy + "-04",
                        "Primary Teaching for Mastery Sustaining",
                        Set.of(Phase.PRIMARY),
                        Section.EARLY_YEARS_AND_PRIMARY,
                        "Primary",
                        ProjectType.COMMUNITY,
                        Stage.SCALING_UP,
                        "Primary TfM Sustaining",
                        new Any(List.of(
                                new CompletedFamily("Primary TfM Embedding", Window.EVER, null),
                                new HasActiveMasterySpecialist())))
                .describe(
                        "A community for schools that have embedded teaching for mastery, keeping collaborative planning going.",
                        "The maths lead from each school, for three sessions.",
                        null)
                .withOutcomes(COMMUNITY_CULTURE, "Maths leads meet and plan together across schools."));
        Project masteringNumber = save(project(
                        "NCP" + yy + "-05",
                        "Mastering Number",
                        Set.of(Phase.EARLY_YEARS, Phase.PRIMARY),
                        Section.EARLY_YEARS_AND_PRIMARY,
                        "Primary",
                        ProjectType.PROGRAMME,
                        Stage.SCALING_UP,
                        "Mastering Number",
                        new All(List.of(new PhaseIn(Set.of("Primary")), new NeverEnrolledFamily("Mastering Number"))))
                .describe(
                        """
                        Firm foundations in number for Reception, Year 1 and Year 2: a short daily session, in addition to the \
                        usual maths lesson, that builds fluency and flexibility with number.""",
                        "Three teachers from each school (Reception, Year 1 and Year 2), for four online sessions and an online community.",
                        null)
                .withOutcomes(
                        PUPIL_LEARNING,
                        "Children recall number facts fluently and see the relationships between them."));
        Project earlyYears = save(project(
                        "NCP" + yy + "-06",
                        "Early Years Mathematical Thinking",
                        Set.of(Phase.EARLY_YEARS),
                        Section.EARLY_YEARS_AND_PRIMARY,
                        "Early Years",
                        ProjectType.WORK_GROUP,
                        Stage.EFFECTIVENESS,
                        "Early Years",
                        null)
                .describe(
                        "Practitioners explore how young children develop early mathematical thinking through play.",
                        "Two practitioners from each setting, for three sessions.",
                        null)
                .withOutcomes(PRACTICE, "Practitioners plan play that draws out mathematical talk."));
        Project secondaryDevelopment = save(project(
                        "NCP" + yy + "-07",
                        "Secondary Teaching for Mastery Development",
                        Set.of(Phase.SECONDARY),
                        Section.SECONDARY,
                        "Secondary",
                        ProjectType.PROGRAMME,
                        Stage.SCALING_UP,
                        "Secondary TfM Development",
                        new All(List.of(
                                new PhaseIn(Set.of("Secondary", "All-through")),
                                new NeverEnrolledFamily("Secondary TfM Development"))))
                .describe(
                        """
                        Two teachers from each department become Mastery Advocates and work with a Secondary Mastery Specialist \
                        to develop teaching for mastery in their own classrooms, then with colleagues.""",
                        "Two Mastery Advocates from each department, released for six sessions in the year.",
                        "Our department talks about how pupils learn, not just what we cover.")
                .withOutcomes(PRACTICE, "Mastery Advocates plan lessons that build understanding in small steps.")
                .withOutcomes(
                        PROFESSIONAL_LEARNING,
                        "The department develops a shared understanding of teaching for mastery."));
        Project secondaryEmbedding = save(project(
                        "NCP" + yy + "-08",
                        "Secondary Teaching for Mastery Embedding",
                        Set.of(Phase.SECONDARY),
                        Section.SECONDARY,
                        "Secondary",
                        ProjectType.PROGRAMME,
                        Stage.SCALING_UP,
                        "Secondary TfM Embedding",
                        new CompletedFamily("Secondary TfM Development", Window.WITHIN_YEARS, 2))
                .describe(
                        "For departments after their Development year: a plan to embed teaching for mastery across the department.",
                        "The two Mastery Advocates from each department, for four sessions.",
                        null)
                .withOutcomes(POLICIES, "The department follows a development plan for teaching for mastery."));
        Project matLeads = save(project(
                        "NCP" + yy + "-09",
                        "Secondary MAT Maths Leads Community",
                        Set.of(Phase.SECONDARY),
                        Section.SECONDARY,
                        "Secondary",
                        ProjectType.COMMUNITY,
                        Stage.EFFECTIVENESS,
                        "MAT Maths Leads",
                        null)
                .describe(
                        "Leaders of maths across several schools of a trust meet peers in the same role and develop as leaders of professional development.",
                        "MAT maths leads responsible for at least one secondary school, for three face-to-face days.",
                        null)
                .withOutcomes(COMMUNITY_CULTURE, "MAT maths leads build a network of peers they keep working with."));
        Project postSixteen = save(project(
                        "NCP" + yy + "-10",
                        "Post-16 GCSE Resit",
                        Set.of(Phase.POST_16),
                        Section.POST_16,
                        "Post-16",
                        ProjectType.WORK_GROUP,
                        Stage.EFFECTIVENESS,
                        "Post-16 GCSE Resit",
                        new PhaseIn(Set.of("16 plus", "Secondary", "All-through")))
                .describe(
                        "Teachers of students resitting GCSE maths develop approaches that rebuild confidence and understanding.",
                        "Two teachers from each college or sixth form, for four sessions.",
                        null)
                .withOutcomes(PUPIL_LEARNING, "Resit students attend and engage more, and more pass."));
        Project coreMaths = save(project(
                        "NCP" + yy + "-11",
                        "Core Maths",
                        Set.of(Phase.POST_16),
                        Section.POST_16,
                        "Post-16",
                        ProjectType.WORK_GROUP,
                        Stage.DEVELOPMENT,
                        "Core Maths",
                        null)
                .describe(
                        "Schools and colleges that teach, or plan to teach, Core Maths share how to recruit students and teach it well.",
                        "Core Maths teachers and leads, for three online sessions.",
                        null));
        Project sktmPrimary = save(project(
                        "NCP" + yy + "-12",
                        "Specialist Knowledge for Teaching Mathematics (Primary)",
                        Set.of(Phase.PRIMARY),
                        Section.LOCAL_LEADERS,
                        "Local leaders",
                        ProjectType.PROGRAMME,
                        Stage.SCALING_UP,
                        "SKTM Primary",
                        null)
                .describe(
                        "Primary teachers and teaching assistants deepen their own subject knowledge for teaching maths.",
                        "Teachers and teaching assistants without a maths specialism, for six twilight sessions.",
                        null)
                .withOutcomes(
                        PROFESSIONAL_LEARNING,
                        "Participants teach maths with greater subject knowledge and confidence."));
        Project sktmSecondary = save(project(
                        "NCP" + yy + "-13",
                        "Specialist Knowledge for Teaching Mathematics (Secondary)",
                        Set.of(Phase.SECONDARY),
                        Section.LOCAL_LEADERS,
                        "Local leaders",
                        ProjectType.PROGRAMME,
                        Stage.SCALING_UP,
                        "SKTM Secondary",
                        null)
                .describe(
                        "Teachers new to teaching maths, or returning to it, develop the subject knowledge secondary maths needs.",
                        "Non-specialist and returning teachers of maths, for six sessions.",
                        null));
        Project pdLeads = save(project(
                        "NCP" + yy + "-14",
                        "Professional Development Lead Accreditation",
                        Set.of(Phase.PRIMARY, Phase.SECONDARY),
                        Section.PROFESSIONAL_DEVELOPMENT,
                        "Professional development",
                        ProjectType.PROGRAMME,
                        Stage.EFFECTIVENESS,
                        "PD Lead Accreditation",
                        null)
                .describe(
                        "Experienced teachers train to lead professional development for maths teachers and are accredited by the national centre.",
                        "Local leaders of maths education nominated by the hub, for five days across the year.",
                        null));

        development
                .enrolling(
                        Allocation.FIRST_COME,
                        Funding.parse("Supply cover: £3000\nMatched textbook funding: up to £2000"))
                .completingAfter(4);
        secondaryDevelopment.enrolling(Allocation.PRIORITY, Funding.parse("Supply cover: £3000"));
        // Last year's places were funded as this year's are: the schools claim against them (ADR 0027).
        lastYearsDevelopment.enrolling(
                Allocation.FIRST_COME, Funding.parse("Supply cover: £3000\nMatched textbook funding: up to £2000"));

        long demo = hubs.getBySlug("demo-maths-hub").id();
        long northfield = hubs.getBySlug("northfield-maths-hub").id();
        for (int i = 1; i <= 2; i++) {
            workGroups.save(new WorkGroup(
                            demo,
                            lastYearsDevelopment.getId(),
                            year.previous(),
                            "Development " + i,
                            WorkGroupStatus.COMPLETED)
                    .offer(null, 7, 3, "1 Maths lead, 1 Teacher")
                    .sessions(
                            6,
                            FULL_DAY,
                            IN_PERSON,
                            "Castlewick Learning Centre",
                            year.previous().firstDay().plusMonths(1),
                            year.previous().firstDay().plusDays(20)));
        }
        // Open for applications from the day the demo is first started: a deadline a month ahead, starting the month
        // after.
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        LocalDate autumn = deadline.plusMonths(1).withDayOfMonth(1);

        offer(
                demo,
                readiness,
                year,
                2,
                "Readiness",
                "Aldermoor Teaching School",
                3,
                HALF_DAY,
                IN_PERSON,
                0,
                0,
                autumn,
                deadline,
                8,
                2,
                null);
        offer(
                demo,
                development,
                year,
                4,
                "Development",
                "Castlewick Learning Centre",
                6,
                FULL_DAY,
                IN_PERSON,
                0,
                15000,
                autumn,
                deadline,
                7,
                3,
                "1 Maths lead, 1 Teacher");
        offer(
                demo,
                embedding,
                year,
                3,
                "Embedding",
                "Brackenford Academy",
                4,
                HALF_DAY,
                BLENDED,
                0,
                7500,
                autumn,
                deadline,
                10,
                1,
                null);
        offer(
                demo,
                sustaining,
                year,
                2,
                "Sustaining",
                "Online and Aldermoor",
                3,
                HALF_DAY,
                BLENDED,
                0,
                0,
                autumn,
                deadline,
                12,
                1,
                null);
        offer(
                demo,
                masteringNumber,
                year,
                3,
                "Mastering Number",
                "Online",
                4,
                HALF_DAY,
                ONLINE,
                0,
                0,
                autumn,
                deadline,
                12,
                3,
                "3 Teachers");
        offer(
                demo,
                earlyYears,
                year,
                1,
                "Early Years",
                "Fenwick Nursery School",
                3,
                HALF_DAY,
                IN_PERSON,
                0,
                0,
                autumn,
                deadline,
                8,
                2,
                null);
        offer(
                demo,
                secondaryDevelopment,
                year,
                2,
                "Secondary Development",
                "Castlewick High School",
                6,
                FULL_DAY,
                IN_PERSON,
                0,
                20000,
                autumn,
                deadline,
                6,
                2,
                "2 Mastery Advocates");
        offer(
                demo,
                secondaryEmbedding,
                year,
                2,
                "Secondary Embedding",
                "Brackenford Academy",
                4,
                FULL_DAY,
                IN_PERSON,
                0,
                20000,
                autumn,
                deadline,
                8,
                2,
                "2 Mastery Advocates");
        offer(
                demo,
                matLeads,
                year,
                1,
                "MAT Maths Leads",
                "Aldermoor Teaching School",
                3,
                FULL_DAY,
                IN_PERSON,
                0,
                0,
                autumn,
                deadline,
                15,
                1,
                null);
        offer(
                demo,
                postSixteen,
                year,
                1,
                "GCSE Resit",
                "Aldermoor College",
                4,
                HALF_DAY,
                IN_PERSON,
                0,
                0,
                autumn,
                deadline,
                10,
                2,
                null);
        offer(
                demo,
                coreMaths,
                year,
                1,
                "Core Maths",
                "Online",
                3,
                HALF_DAY,
                ONLINE,
                0,
                0,
                autumn,
                deadline,
                10,
                2,
                null);
        offer(
                demo,
                sktmPrimary,
                year,
                1,
                "SKTM Primary",
                "Online",
                6,
                HALF_DAY,
                ONLINE,
                12000,
                0,
                autumn,
                deadline,
                20,
                2,
                null);
        offer(
                demo,
                sktmSecondary,
                year,
                1,
                "SKTM Secondary",
                "Castlewick High School",
                6,
                HALF_DAY,
                BLENDED,
                12000,
                0,
                autumn,
                deadline,
                20,
                2,
                null);
        offer(
                demo,
                pdLeads,
                year,
                1,
                "PD Lead Accreditation",
                "Aldermoor Teaching School",
                5,
                FULL_DAY,
                IN_PERSON,
                0,
                0,
                autumn,
                deadline,
                6,
                1,
                null);
        workGroups.save(new WorkGroup(
                        demo, development.getId(), year, "Development 5 (not yet agreed)", WorkGroupStatus.DRAFT)
                .offer("A fifth Development group, if a specialist is available.", 6, 3, "1 Maths lead, 1 Teacher"));
        workGroups.save(new WorkGroup(
                        demo,
                        secondaryDevelopment.getId(),
                        year,
                        "Secondary Development 3 (not yet agreed)",
                        WorkGroupStatus.DRAFT)
                .offer("A third Secondary Development group, if demand is high.", 6, 2, "2 Mastery Advocates"));
        workGroups.save(new WorkGroup(demo, coreMaths.getId(), year, "Core Maths in person", WorkGroupStatus.CANCELLED)
                .offer("Replaced by the online group.", 10, 2, null));

        offer(
                northfield,
                development,
                year,
                3,
                "Northfield Development",
                "Northfield Academy",
                6,
                FULL_DAY,
                IN_PERSON,
                0,
                15000,
                autumn,
                deadline,
                7,
                3,
                "1 Maths lead, 1 Teacher");
        offer(
                northfield,
                masteringNumber,
                year,
                2,
                "Northfield Mastering Number",
                "Online",
                4,
                HALF_DAY,
                ONLINE,
                0,
                0,
                autumn,
                deadline,
                12,
                3,
                null);
        offer(
                northfield,
                secondaryDevelopment,
                year,
                1,
                "Northfield Secondary Development",
                "Elmstead High School",
                6,
                FULL_DAY,
                IN_PERSON,
                0,
                20000,
                autumn,
                deadline,
                6,
                2,
                "2 Mastery Advocates");
    }

    private Project save(Project project) {
        return projects.save(project);
    }

    private static Project project(
            String code,
            String title,
            Set<Phase> phases,
            Section section,
            String goal,
            ProjectType type,
            Stage stage,
            String family,
            EligibilityRule rule) {
        return new Project(
                        ProjectCode.parse(code),
                        title,
                        phases.isEmpty() ? EnumSet.noneOf(Phase.class) : EnumSet.copyOf(phases),
                        section,
                        goal,
                        type,
                        stage,
                        family)
                .withEligibility(rule);
    }

    /** {@code count} work groups of one project, named "{name} 1", "{name} 2"… (or just {name} for one). */
    private void offer(
            long hubId,
            Project project,
            AcademicYear year,
            int count,
            String name,
            String venue,
            int sessions,
            SessionLength length,
            SessionFormat format,
            int costPence,
            int noShowPence,
            LocalDate start,
            LocalDate deadline,
            int capacity,
            int placesPerSchool,
            String roles) {
        for (int i = 1; i <= count; i++) {
            workGroups.save(new WorkGroup(
                            hubId, project.getId(), year, count == 1 ? name : name + " " + i, WorkGroupStatus.OPEN)
                    .offer(null, capacity, placesPerSchool, roles)
                    .sessions(sessions, length, format, venue, start, deadline)
                    .charges(costPence, noShowPence));
        }
    }
}
