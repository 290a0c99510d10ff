package org.hubcycle.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hubcycle.shared.AcademicYear;

/** The catalogue as pages, the PDF and the API show it. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    public record ProjectView(long id, String code, String title, AcademicYear year, List<String> phases, String section,
                              String strategicGoal, String type, String stage, String family, List<String> rationale,
                              String participants, Map<String, List<String>> outcomes, List<String> comments,
                              String eligibility, String continuesFrom, String allocation, List<String> funding, Integer completionSessions) {
    }

    public record WorkGroupView(long id, String name, String summary, String leads, int capacitySchools, int placesPerSchool,
                                String rolesRequired, int sessionCount, String sessionLength, String sessionFormat, String venue,
                                LocalDate startMonth, LocalDate applicationDeadline, int costPence, int noShowChargePence,
                                String status, boolean open, ProjectView project) {

        public String cost() {
            return money(costPence, "Free");
        }

        public String noShowCharge() {
            return money(noShowChargePence, "None");
        }

        public String sessions() {
            return sessionCount + " " + sessionLength + " session" + (sessionCount == 1 ? "" : "s") + ", " + sessionFormat;
        }
    }

    public record Section(String label, List<WorkGroupView> workGroups) {
    }

    public record PublishedOffer(String hubName, String hubSlug, String contactEmail, AcademicYear year, List<Section> sections) {

        public boolean isEmpty() {
            return sections.isEmpty();
        }
    }

    static String money(int pence, String none) {
        return pence == 0 ? none : "£%d.%02d".formatted(pence / 100, pence % 100);
    }
}
