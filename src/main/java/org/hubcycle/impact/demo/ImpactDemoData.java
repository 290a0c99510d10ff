package org.hubcycle.impact.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.impact.domain.CaseStudy.Words;
import org.hubcycle.impact.domain.Consent;
import org.hubcycle.impact.domain.ImpactReviewRepository;
import org.hubcycle.impact.domain.Setting;
import org.hubcycle.impact.domain.Statement;
import org.hubcycle.impact.domain.Theme;
import org.hubcycle.impact.internal.AnnualReports;
import org.hubcycle.impact.internal.CaseStudies;
import org.hubcycle.impact.internal.ImpactReviews;
import org.hubcycle.impact.internal.ImpactStories;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Impact reviews, all fictional: the demo hub's review of the year before last, with a case study of three
 * small primary schools, accepted by the national centre, and its annual report of that year published, and its review of last year begun, with two
 * stories from last year's Development 1 participants (one to share with their name, one without) (a draft, so its home page asks for it); Northfield's review
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

    private static final String[] STORIES = {
        "I used to show the method and then set practice. Now I start with a picture or a model and let the"
                + " class talk about what they notice, and the quieter children join in.",
        "Planning with the teacher next door halved my planning time, and our two classes now meet the same"
                + " ideas in the same week, so we can compare what worked."
    };

    private static final String FOREWORD =
            "This was the year our small rural primaries stopped planning alone. Nine schools took part in"
                    + " Development, seven completed it, and three of them now plan every unit together.\n\n"
                    + "Thank you to the schools, their teachers and our work group leads, who gave their time to it.";

    private static final String LOOKING_AHEAD =
            "Next year we will run the cluster model in two more areas, and invite headteachers to the first and"
                    + " last sessions of every Development group. Our work groups are open for applications now.";

    private final ImpactReviews reviews;
    private final AnnualReports annualReports;
    private final CaseStudies caseStudies;
    private final ImpactStories stories;
    private final HubOffers offers;
    private final Seats seats;
    private final ImpactReviewRepository repository;
    private final Hubs hubs;
    private final Schools schools;
    private final Clock clock;

    ImpactDemoData(
            ImpactReviews reviews,
            AnnualReports annualReports,
            CaseStudies caseStudies,
            ImpactStories stories,
            HubOffers offers,
            Seats seats,
            ImpactReviewRepository repository,
            Hubs hubs,
            Schools schools,
            Clock clock) {
        this.reviews = reviews;
        this.annualReports = annualReports;
        this.caseStudies = caseStudies;
        this.stories = stories;
        this.offers = offers;
        this.seats = seats;
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
        annualReports.save(demo, last.previous(), -1, FOREWORD, LOOKING_AHEAD, Set.of(), HUB_LEAD);
        annualReports.publish(demo, last.previous(), -1, HUB_LEAD);
        reviews.save(demo, last, -1, Map.of(Setting.PRIMARY, PRIMARY), List.of(THEMES.get(0)), HUB_LEAD);
        HubScope.asSystem(() -> offers.briefs(demo.id(), last)).stream()
                .filter(g -> g.name().equals("Development 1"))
                .findFirst()
                .map(g -> HubScope.asSystem(() -> seats.of(g.id())))
                .ifPresent(held -> {
                    for (int i = 0; i < Math.min(STORIES.length, held.size()); i++) {
                        stories.tell(
                                stories.mine(held.get(i).email(), held.get(i).workGroupId()),
                                STORIES[i],
                                Consent.values()[i]);
                    }
                });
        hubs.findBySlug("northfield-maths-hub")
                .ifPresent(north -> reviews.submit(north, last, -1, written, THEMES, "hublead2@hubcycle.test"));
    }
}
