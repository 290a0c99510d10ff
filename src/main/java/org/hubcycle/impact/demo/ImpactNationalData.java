package org.hubcycle.impact.demo;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.impact.domain.Setting;
import org.hubcycle.insights.HubYearFigures;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Impact's share of the national dataset: every hub's review of each complete year, accepted in the
 * autumn after it, speaking to primary and secondary schools and to most hubs' LLME community, with two
 * themes and a case study of two of its schools, and its annual report of each of those years published;
 * last year's is submitted for four hubs in five and a draft for the rest. A submitted or accepted review
 * keeps the year's figures, worked out from the records loaded, as one submitted in Hubcycle does. One participant in
 * twenty tells their story, most of them for the hub to share.
 */
@Component
class ImpactNationalData implements NationalData {

    private static final String[] OBSERVED = {
        "Teachers in the group's schools now plan units together and share the representations they use.",
        "Departments that took part agreed one approach to questioning and use it across the key stage.",
        "Specialists supported their own schools as well as the group's, and new leads co-led before leading."
    };

    private static final String[] CASE_STUDY = {
        "Each school planned its maths alone, from a published scheme.",
        "Their maths leads took part in a work group, and its lead planned alongside them in school.",
        "The two schools now plan their units together and visit each other's lessons."
    };

    private static final String EVIDENCE =
            "Visit notes, the final surveys and the leads' reports record the same change in most schools.";

    private static final String REFLECTION =
            "The change lasts where leaders make time for it; we will say so to heads.";

    private static final String[][] THEMES = {
        {
            "Schools whose leaders came to sessions kept going through the spring.",
            "Invite leaders to the first and last sessions."
        },
        {"Planning together is learned by doing it with us.", "Build planning time into every session."},
        {"Small schools gain most from working in clusters.", "Group small schools by area next year."}
    };

    private static final String[] STORIES = {
        "I used to teach each method once and move on. Now my class spends longer on fewer ideas, and more of them"
                + " can explain why a method works.",
        "Planning with the other schools' teachers showed me how much we had in common. We now share our"
                + " representations and our questions.",
        "The gap tasks made me try things in my own lessons the week after each session, and I noticed the"
                + " children talking more about their reasoning."
    };

    private static final String FOREWORD =
            "This year our work groups reached more of the schools in our area, and more of them completed."
                    + " Thank you to the schools, their teachers and our leads.";

    private final JdbcTemplate jdbc;
    private final HubYearFigures figures;
    private final Hubs hubs;
    private final JsonMapper json;

    ImpactNationalData(JdbcTemplate jdbc, HubYearFigures figures, Hubs hubs, JsonMapper json) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.hubs = hubs;
        this.json = json;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void load(NationalDataset dataset) {
        Random random = dataset.random("impact");
        Bulk bulk = new Bulk(jdbc);
        long reviewId = bulk.nextId("impact_review");
        long caseStudyId = bulk.nextId("impact_case_study");
        List<Object[]> caseStudies = new ArrayList<>();
        List<Object[]> caseStudySchools = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        List<Object[]> statements = new ArrayList<>();
        List<Object[]> themes = new ArrayList<>();
        List<Object[]> annualReports = new ArrayList<>();
        AcademicYear current = dataset.currentYear();
        for (AcademicYear year : dataset.years()) {
            if (year.equals(current)) {
                continue;
            }
            boolean last = year.next().equals(current);
            Timestamp at = Timestamp.from(year.next()
                    .firstDay()
                    .plusDays(40 + random.nextInt(40))
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC));
            for (NationalDataset.Hub hub : dataset.hubs) {
                String status = !last ? "ACCEPTED" : random.nextInt(5) < 4 ? "SUBMITTED" : "DRAFT";
                long id = reviewId++;
                String lead = "lead@" + hub.slug() + ".test";
                reviews.add(new Object[] {
                    id,
                    hub.id(),
                    year.startYear(),
                    status,
                    at,
                    lead,
                    status.equals("DRAFT") ? null : at,
                    status.equals("DRAFT") ? null : lead
                });
                statements.add(statement(id, Setting.PRIMARY, OBSERVED[0]));
                statements.add(statement(id, Setting.SECONDARY, OBSERVED[1]));
                if (random.nextInt(3) > 0) {
                    statements.add(statement(id, Setting.LLME_COMMUNITY, OBSERVED[2]));
                }
                if (hub.schools().size() >= 2) {
                    long study = caseStudyId++;
                    caseStudies.add(new Object[] {
                        study,
                        hub.id(),
                        year.startYear(),
                        "PRIMARY",
                        "Two schools plan together",
                        CASE_STUDY[0],
                        CASE_STUDY[1],
                        CASE_STUDY[2],
                        EVIDENCE,
                        random.nextBoolean(),
                        at,
                        lead
                    });
                    int school = random.nextInt(hub.schools().size() - 1);
                    caseStudySchools.add(
                            new Object[] {study, hub.schools().get(school).urn()});
                    caseStudySchools.add(
                            new Object[] {study, hub.schools().get(school + 1).urn()});
                }
                if (!last) {
                    annualReports.add(new Object[] {hub.id(), year.startYear(), FOREWORD, at, lead, at, lead});
                }
                int first = random.nextInt(THEMES.length);
                for (int i = 0; i < 2; i++) {
                    String[] theme = THEMES[(first + i) % THEMES.length];
                    themes.add(new Object[] {id, i, theme[0], theme[1]});
                }
            }
        }
        bulk.insert(
                "INSERT INTO impact_review (id, hub_id, academic_year, status, updated_at, updated_by, submitted_at,"
                        + " submitted_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                reviews);
        bulk.insert(
                "INSERT INTO impact_statement (impact_review_id, setting, focus, observed, evidence, reflection)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                statements);
        bulk.insert(
                "INSERT INTO impact_theme (impact_review_id, position, finding, implications) VALUES (?, ?, ?, ?)",
                themes);
        bulk.insert(
                "INSERT INTO impact_case_study (id, hub_id, academic_year, setting, title, starting_point, approach,"
                        + " outcome, evidence, agreed, updated_at, updated_by, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                caseStudies);
        bulk.insert("INSERT INTO impact_case_study_school (case_study_id, school_urn) VALUES (?, ?)", caseStudySchools);
        bulk.insert(
                "INSERT INTO impact_annual_report (hub_id, academic_year, foreword, published_at, published_by,"
                        + " updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                annualReports);
        bulk.restartIds("impact_review", "impact_case_study");
        keepFigures(reviews);
        tellStories();
    }

    /**
     * One participant in twenty of a place taken or completed tells the story of their year, in one of three
     * words; half let the hub share it with their name, a quarter without, and a quarter keep it to the hub. Chosen
     * by the participant's id, so the same seed tells the same stories.
     */
    private void tellStories() {
        jdbc.update(
                "INSERT INTO impact_story (hub_id, academic_year, work_group_id, participant_id, story, consent,"
                        + " updated_at, version)"
                        + " SELECT e.hub_id, e.academic_year, e.work_group_id, p.id,"
                        + " CASE MOD(p.id / 20, 3) WHEN 0 THEN CAST(? AS VARCHAR(4000))"
                        + " WHEN 1 THEN CAST(? AS VARCHAR(4000)) ELSE CAST(? AS VARCHAR(4000)) END,"
                        + " CASE MOD(p.id / 20, 4) WHEN 2 THEN 'ANONYMOUS' WHEN 3 THEN 'HUB_ONLY' ELSE 'NAMED' END,"
                        + " CAST(CONCAT(CAST(e.academic_year + 1 AS VARCHAR(4)), '-07-01 12:00:00') AS TIMESTAMP), 0"
                        + " FROM participant p JOIN enrolment e ON e.id = p.enrolment_id"
                        + " WHERE MOD(p.id, 20) = 0 AND e.status IN ('ACCEPTED', 'COMPLETED', 'NOT_COMPLETED')",
                (Object[]) STORIES);
    }

    /**
     * A review keeps the year's figures as they stood when it was submitted, as Hubcycle does: worked out
     * here from the records just loaded, for every review but a draft.
     */
    private void keepFigures(List<Object[]> reviews) {
        List<Object[]> kept = new ArrayList<>();
        for (Object[] review : reviews) {
            if (!"DRAFT".equals(review[3])) {
                HubSummary hub = hubs.findById((Long) review[1]).orElseThrow();
                AcademicYear year = new AcademicYear((Integer) review[2]);
                kept.add(new Object[] {json.writeValueAsString(figures.of(year, hub)), review[0]});
            }
        }
        jdbc.batchUpdate("UPDATE impact_review SET figures = ? WHERE id = ?", kept);
    }

    private static Object[] statement(long id, Setting setting, String observed) {
        return new Object[] {id, setting.name(), null, observed, EVIDENCE, REFLECTION};
    }
}
