package org.hubcycle.catalogue.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.shared.AcademicYear;

/** The catalogue as pages, the PDF and the API show it. */
public final class CatalogueViews {

    private CatalogueViews() {}

    public record ProjectView(
            long id,
            String code,
            String title,
            AcademicYear year,
            List<String> phases,
            String section,
            String strategicGoal,
            String type,
            String stage,
            String family,
            List<String> rationale,
            String participants,
            Map<String, List<String>> outcomes,
            List<String> comments,
            String eligibility,
            String continuesFrom,
            String allocation,
            List<String> funding,
            Integer completionSessions,
            String noShowBasis,
            String withdrawnReason) {

        /** Whether the national centre has withdrawn it: hubs cannot plan new work groups for it. */
        public boolean withdrawn() {
            return withdrawnReason != null;
        }
    }

    /**
     * Whether schools can apply to a work group now, and how: it follows the group's places. A group
     * the hub has opened takes applications until its deadline; with places left it is open (few
     * places left at {@value #FEW} or fewer), with none it is full and schools join the waiting list.
     */
    public enum Availability {
        OPEN,
        FEW_LEFT,
        FULL,
        CLOSED,
        RUNNING,
        COMPLETED;

        static final int FEW = 2;

        public boolean takesApplications() {
            return this == OPEN || this == FEW_LEFT || this == FULL;
        }

        /** The GOV.UK tag colour of the status. */
        public String tagClass() {
            return switch (this) {
                case OPEN -> "govuk-tag--green";
                case FEW_LEFT -> "govuk-tag--yellow";
                case FULL -> "govuk-tag--orange";
                case CLOSED, COMPLETED -> "govuk-tag--grey";
                case RUNNING -> "govuk-tag--blue";
            };
        }
    }

    /**
     * A published work group as schools see it.
     *
     * @param placesLeft   places not yet taken (never negative)
     * @param sessionDates the planned session dates, earliest first (none until the lead plans them)
     * @param alternative  when this one is full, the hub's next group of the same project with places (on its own page)
     */
    public record WorkGroupView(
            long id,
            String name,
            String summary,
            String leads,
            int capacitySchools,
            int placesPerSchool,
            RequiredRoles requiredRoles,
            int sessionCount,
            String sessionLength,
            String sessionFormat,
            String venue,
            LocalDate startMonth,
            LocalDate applicationDeadline,
            int costPence,
            int noShowChargePence,
            boolean chargedPerParticipant,
            Availability availability,
            int placesLeft,
            List<LocalDate> sessionDates,
            WorkGroupView alternative,
            ProjectView project) {

        /** Schools can apply now (joining the waiting list when it is full). */
        public boolean open() {
            return availability.takesApplications();
        }

        public boolean full() {
            return availability == Availability.FULL;
        }

        public WorkGroupView withAlternative(WorkGroupView next) {
            return new WorkGroupView(
                    id,
                    name,
                    summary,
                    leads,
                    capacitySchools,
                    placesPerSchool,
                    requiredRoles,
                    sessionCount,
                    sessionLength,
                    sessionFormat,
                    venue,
                    startMonth,
                    applicationDeadline,
                    costPence,
                    noShowChargePence,
                    chargedPerParticipant,
                    availability,
                    placesLeft,
                    sessionDates,
                    next,
                    project);
        }

        /** The group's summary, or when it has none the first paragraph of its project's rationale. */
        public String summaryOrRationale() {
            if (summary != null) {
                return summary;
            }
            return project.rationale().isEmpty() ? "" : project.rationale().get(0);
        }

        public String cost() {
            return money(costPence, "Free");
        }

        public String noShowCharge() {
            return money(noShowChargePence, "None");
        }

        public String sessions() {
            return sessionCount + " " + sessionLength + " session" + (sessionCount == 1 ? "" : "s") + ", "
                    + sessionFormat;
        }
    }

    public record Section(String label, List<WorkGroupView> workGroups) {}

    public record PublishedOffer(
            String hubName, String hubSlug, String contactEmail, AcademicYear year, List<Section> sections) {

        public boolean isEmpty() {
            return sections.isEmpty();
        }
    }

    static String money(int pence, String none) {
        return pence == 0 ? none : Funding.pounds(pence);
    }
}
