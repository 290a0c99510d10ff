package org.hubcycle.impact.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.impact.domain.CaseStudy.Words;
import org.hubcycle.impact.domain.ImpactReviewRepository;
import org.hubcycle.impact.domain.Setting;
import org.hubcycle.impact.domain.Statement;
import org.hubcycle.impact.domain.Theme;
import org.hubcycle.impact.internal.CaseStudies;
import org.hubcycle.impact.internal.ImpactReviews;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Impact reviews, all fictional: the demo hub's review of the year before last, with a case study of three
 * small primary schools, accepted by the national centre, and its review of last year begun (a draft, so its home page asks for it); Northfield's review
 * of last year submitted, for the national admin to accept or return.
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class ImpactDemoData implements DemoData {

    private static final String HUB_LEAD = "hublead@hubcycle.test";

    private static final Statement PRIMARY = new Statement(
            "Teaching for Mastery in small rural primaries",
            "Teachers in the cluster now plan their maths units together each half term, and lessons we visited"
                    + " moved in small steps with every pupil kept together.",
            "Seven of the nine schools completed Development; the leads' visit notes record the same planning"
                    + " routine in each, and the final survey's agreement on reasoning rose.",
            "Small schools have one teacher per year group: planning across schools is what lets them talk about"
                    + " the maths at all, so the cluster model is worth keeping.");

    private static final Statement LLME = new Statement(
            null,
            "Two new Mastery Specialists led work groups for the first time, each co-leading with an experienced"
                    + " lead before leading alone.",
            "Both groups' termly reports were accepted without changes, and their schools' completion matched the"
                    + " hub's other groups.",
            "Co-leading first is how we grow leads without risking a group's year.");

    private static final List<Theme> THEMES = List.of(
            new Theme(
                    "Where the headteacher came to the first and last sessions, the school kept going through the"
                            + " spring, when others slipped.",
                    "Invite headteachers explicitly, and tell them which sessions matter most."),
            new Theme(
                    "Collaborative planning is a habit schools learn by doing it with us, not a document.",
                    "Build time for planning together into every Development session next year."));

    private final ImpactReviews reviews;
    private final CaseStudies caseStudies;
    private final ImpactReviewRepository repository;
    private final Hubs hubs;
    private final Schools schools;
    private final Clock clock;

    ImpactDemoData(
            ImpactReviews reviews,
            CaseStudies caseStudies,
            ImpactReviewRepository repository,
            Hubs hubs,
            Schools schools,
            Clock clock) {
        this.reviews = reviews;
        this.caseStudies = caseStudies;
        this.repository = repository;
        this.hubs = hubs;
        this.schools = schools;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void load() {
        if (repository.count() > 0) {
            return;
        }
        AcademicYear last = AcademicYear.containing(LocalDate.now(clock)).previous();
        HubSummary demo = hubs.getBySlug("demo-maths-hub");
        Map<Setting, Statement> written = new EnumMap<>(Setting.class);
        written.put(Setting.PRIMARY, PRIMARY);
        written.put(Setting.LLME_COMMUNITY, LLME);
        List<Integer> cluster = HubScope.asSystem(() -> schools.search(
                        new SchoolSearch(null, "Primary", "881", null, "Open", null, null), PageRequest.of(0, 3))
                .map(SchoolSummary::urn)
                .getContent());
        caseStudies.add(
                demo,
                last.previous(),
                new Words(
                        Setting.PRIMARY,
                        "Three small schools plan together",
                        cluster,
                        "Each school had one teacher per year group, and each planned maths alone from a scheme.",
                        "Their maths leads joined Development 1, and the work group lead visited each school to plan"
                                + " alongside the teachers, then brought the three together each half term.",
                        "The schools now plan each unit together and share the representations they use; teachers"
                                + " say they talk about the maths, not the activities.",
                        "The lead's visit notes, the schools' shared planning documents and the final survey.",
                        true),
                HUB_LEAD);
        reviews.submit(demo, last.previous(), -1, written, THEMES, HUB_LEAD);
        reviews.accept(
                demo, last.previous(), reviews.view(demo, last.previous()).version(), "national@hubcycle.test");
        reviews.save(demo, last, -1, Map.of(Setting.PRIMARY, PRIMARY), List.of(THEMES.get(0)), HUB_LEAD);
        hubs.findBySlug("northfield-maths-hub")
                .ifPresent(north -> reviews.submit(north, last, -1, written, THEMES, "hublead2@hubcycle.test"));
    }
}
