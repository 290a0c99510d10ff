package org.hubcycle.insights;

import java.util.ArrayList;
import java.util.List;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.enrolment.EnrolmentFigures.Reach;
import org.hubcycle.enrolment.TfmPathways;
import org.hubcycle.insights.internal.Engagement;
import org.hubcycle.insights.internal.OfferReach;
import org.hubcycle.shared.AcademicYear;
import org.springframework.stereotype.Service;

/**
 * A hub's year in the figures its insights pages show, for a document that quotes them (the hub's
 * impact review): engagement in its area, overall and for each phase of school, what its published
 * work groups reached, and its active Mastery Specialists. Worked out by the same services as the
 * pages, so a quoted figure and the page it links to always agree.
 */
@Service
public class HubYearFigures {

    /** The GIAS phases a review speaks to apart, in order: primary, secondary and post-16 settings. */
    public static final List<String> PHASES = List.of("Primary", "Secondary", "16 plus");

    /** Schools engaged (with a completed enrolment in the year) out of the open state schools in scope. */
    public record Share(long engaged, long schools) {

        public double percent() {
            return schools == 0 ? 0 : 100.0 * engaged / schools;
        }
    }

    /** A phase's engagement; {@code phase} is the GIAS phase its list is filtered by. */
    public record PhaseShare(String phase, Share share) {}

    /**
     * The hub's year: engagement overall and per phase of {@link #PHASES}; its published work groups,
     * their places and what they reached; and its active Mastery Specialists, primary and secondary.
     */
    public record HubYear(
            AcademicYear year,
            Share engaged,
            List<PhaseShare> phases,
            int workGroups,
            long places,
            long recruited,
            long completed,
            long withdrawn,
            long participants,
            long primarySpecialists,
            long secondarySpecialists) {}

    private final Engagement engagement;
    private final OfferReach reach;

    HubYearFigures(Engagement engagement, OfferReach reach) {
        this.engagement = engagement;
        this.reach = reach;
    }

    public HubYear of(AcademicYear year, HubSummary hub) {
        Engagement.HubPhases engaged = engagement.ofHub(year, hub.id(), PHASES);
        List<PhaseShare> phases = new ArrayList<>();
        for (int i = 0; i < PHASES.size(); i++) {
            Engagement.Cell cell = engaged.phases().get(i);
            phases.add(new PhaseShare(PHASES.get(i), new Share(cell.engaged(), cell.schools())));
        }
        OfferReach.Figures offer = reach.of(year, hub);
        Reach sum = offer.groups().stream().map(OfferReach.GroupLine::reach).reduce(Reach.NONE, Reach::plus);
        long places = offer.groups().stream()
                .mapToLong(g -> g.group().capacitySchools())
                .sum();
        return new HubYear(
                year,
                new Share(engaged.total().engaged(), engaged.total().schools()),
                phases,
                offer.groups().size(),
                places,
                sum.recruited(),
                sum.completed(),
                sum.withdrawn(),
                sum.participants(),
                specialists(offer, TfmPathways.PRIMARY),
                specialists(offer, TfmPathways.SECONDARY));
    }

    private static long specialists(OfferReach.Figures offer, TfmPathways.Pathway pathway) {
        return offer.hubCapacity().stream()
                .filter(c -> c.pathway().equals(pathway.name()))
                .mapToLong(OfferReach.Capacity::specialists)
                .sum();
    }
}
