package org.hubcycle.improvement.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.improvement.domain.Audience;
import org.hubcycle.improvement.domain.ImprovementProject.Plan;
import org.hubcycle.improvement.domain.ImprovementProject.Report;
import org.hubcycle.improvement.domain.ImprovementProjectRepository;
import org.hubcycle.improvement.domain.Kpi;
import org.hubcycle.improvement.domain.Level;
import org.hubcycle.improvement.domain.ProjectVisit;
import org.hubcycle.improvement.domain.Rating;
import org.hubcycle.improvement.domain.Risk;
import org.hubcycle.improvement.internal.ImprovementProjects;
import org.hubcycle.improvement.internal.ProjectRecords;
import org.hubcycle.improvement.internal.ProjectView;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * School improvement projects, all fictional. The demo hub's project began last September with three
 * primary schools and a secondary, and Nadia Okafor ({@code llme@hubcycle.test}), an SLE, works on it: it has
 * KPIs, risks and her Records of Visits, one school's governors last met long ago. Northfield's project of
 * the two years before has ended, and its final monitoring report is submitted for the national admin.
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class ImprovementDemoData implements DemoData {

    private static final String HUB_LEAD = "hublead@hubcycle.test";

    private final ImprovementProjects projects;
    private final ProjectRecords records;
    private final ImprovementProjectRepository repository;
    private final Hubs hubs;
    private final Schools schools;
    private final People people;
    private final Clock clock;

    ImprovementDemoData(
            ImprovementProjects projects,
            ProjectRecords records,
            ImprovementProjectRepository repository,
            Hubs hubs,
            Schools schools,
            People people,
            Clock clock) {
        this.projects = projects;
        this.records = records;
        this.repository = repository;
        this.hubs = hubs;
        this.schools = schools;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        if (repository.count() > 0) {
            return;
        }
        HubScope.asSystem(this::demoHub);
        hubs.findBySlug("northfield-maths-hub").ifPresent(north -> HubScope.asSystem(() -> northfield(north)));
    }

    private void demoHub() {
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        LocalDate today = LocalDate.now(clock);
        AcademicYear last = AcademicYear.containing(today).previous();
        LocalDate start = last.firstDay();
        PersonView nadia = people.findByEmail("llme@hubcycle.test").orElse(null);
        List<Integer> urns = schools("Primary", "881", 3);
        urns.addAll(schools("Secondary", "881", 1));
        long id = projects.start(
                demo.id(),
                new Plan(
                        "Keep up, not catch up: maths in KS2 and KS3 for disadvantaged pupils and pupils with SEND",
                        "Pupils in these four schools make too little progress in maths, and the gap between"
                                + " disadvantaged pupils and pupils with SEND and their peers is too wide. The"
                                + " project trains teachers in five key areas, supports same-day intervention,"
                                + " and develops maths leaders through coaching, with governors kept involved"
                                + " throughout.",
                        start,
                        start.plusYears(2).minusDays(40),
                        new LinkedHashSet<>(urns),
                        nadia == null ? Set.of() : Set.of(nadia.id())),
                HUB_LEAD);
        ProjectView project = projects.find(id);
        records.addKpi(
                project,
                new Kpi.Words(
                        "Disadvantaged pupils reaching the expected standard in KS2 maths",
                        "41% in summer " + last.startYear(),
                        "55% in summer " + (last.startYear() + 2),
                        Rating.ON_TRACK,
                        "Teacher assessment in the spring term puts the four schools at 47%."));
        records.addKpi(
                project,
                new Kpi.Words(
                        "Teachers using same-day intervention linked to the five key areas",
                        "None at the start",
                        "Every KS2 class by the end of the first year",
                        Rating.AT_RISK,
                        "Two of the three primaries do; the third has had two changes of Year 5 teacher."));
        records.addKpi(
                project,
                new Kpi.Words(
                        "Maths leaders monitoring lessons against the big ideas of mastery",
                        "No regular monitoring",
                        "Each leader monitors every half term",
                        Rating.NOT_STARTED,
                        null));
        records.addRisk(
                project,
                new Risk.Words(
                        "Staff turnover: new teachers miss the training given at the start",
                        Level.HIGH,
                        Level.MEDIUM,
                        "Repeat the core CPD each September for teachers new to the schools.",
                        false));
        records.addRisk(
                project,
                new Risk.Words(
                        "Governors' interest fades after the first training",
                        Level.MEDIUM,
                        Level.MEDIUM,
                        "Meet each school's governors every term, and write them a report twice a year.",
                        false));
        if (nadia == null) {
            return;
        }
        int[] days = {21, 35, 63, 98, 140, 190, 250, 300, 380, 430};
        for (int i = 0; i < days.length; i++) {
            LocalDate on = start.plusDays(days[i]);
            if (on.isAfter(today)) {
                break;
            }
            int school = urns.get(i % urns.size());
            boolean secondary = school == urns.get(urns.size() - 1);
            Set<Audience> with = EnumSet.of(Audience.CLASS_TEACHERS);
            if (i == 1 || (i == 6 && school != urns.get(0))) {
                with.add(Audience.GOVERNORS);
            }
            if (i >= 4) {
                with.add(Audience.SUBJECT_LEADER);
            }
            records.record(
                    project,
                    nadia,
                    new ProjectVisit.Words(
                            school,
                            on,
                            with,
                            secondary ? List.of("Year 7", "Year 8") : List.of("Year " + (3 + i % 4)),
                            with.contains(Audience.GOVERNORS)
                                    ? "Reported to governors on the project's first term"
                                    : "Same-day intervention after the main lesson",
                            "Plan the next unit together with the class teacher."));
        }
    }

    private void northfield(HubSummary north) {
        AcademicYear first = AcademicYear.containing(LocalDate.now(clock))
                .previous()
                .previous()
                .previous();
        String lead = "hublead2@hubcycle.test";
        long id = projects.start(
                north.id(),
                new Plan(
                        "Mastery readiness in five coastal primaries",
                        "Five schools outside the hub's work groups whose maths results were well below the"
                                + " national average, to be made ready for Teaching for Mastery.",
                        first.firstDay(),
                        first.next().lastDay(),
                        new LinkedHashSet<>(schools("Primary", null, 5)),
                        Set.of()),
                lead);
        ProjectView project = projects.find(id);
        records.addKpi(
                project,
                new Kpi.Words(
                        "Schools ready to join a Development work group",
                        "None of the five",
                        "All five",
                        Rating.MET,
                        "All five joined Development in the following year."));
        projects.submit(
                id,
                -1,
                new Report(
                        "Front-loading the CPD gave teachers most of the project to refine their practice with"
                                + " the SLE beside them.",
                        "Meet governors every term rather than at the start and the end.",
                        "Each school's maths leader now leads the training of teachers new to the school."),
                lead);
    }

    private List<Integer> schools(String phase, String la, int how) {
        return new ArrayList<>(
                schools.search(new SchoolSearch(null, phase, la, null, "Open", null, null), PageRequest.of(0, how))
                        .map(SchoolSummary::urn)
                        .getContent());
    }
}
