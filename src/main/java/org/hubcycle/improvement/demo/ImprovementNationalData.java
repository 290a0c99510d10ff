package org.hubcycle.improvement.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Improvement's share of the national dataset: every hub starts a two-year school improvement project every
 * other year, with four of its schools and its two SLEs (leadership's share), two KPIs and two risks. Its SLEs
 * visit each school every three weeks or so, meeting governors once a term. Projects that have ended have their
 * final report accepted; the one still running is open, with visits to the current year's first weeks.
 */
@Component
class ImprovementNationalData implements NationalData {

    private static final String[][] KPIS = {
        {"Disadvantaged pupils reaching the expected standard in maths", "38%", "50%"},
        {"Teachers using same-day intervention", "None", "Every class"},
        {"Maths leaders monitoring lessons each half term", "No school", "Every school"}
    };

    private final JdbcTemplate jdbc;

    ImprovementNationalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load(NationalDataset dataset) {
        Random random = dataset.random("improvement");
        Bulk bulk = new Bulk(jdbc);
        long projectId = bulk.nextId("improvement_project");
        long kpiId = bulk.nextId("improvement_kpi");
        long riskId = bulk.nextId("improvement_risk");
        long visitId = bulk.nextId("improvement_visit");
        List<Object[]> projects = new ArrayList<>();
        List<Object[]> schools = new ArrayList<>();
        List<Object[]> leaders = new ArrayList<>();
        List<Object[]> kpis = new ArrayList<>();
        List<Object[]> risks = new ArrayList<>();
        List<Object[]> visits = new ArrayList<>();
        AcademicYear current = dataset.currentYear();
        LocalDate visitedUntil = current.firstDay().plusDays(60);
        List<AcademicYear> years = dataset.years();
        for (NationalDataset.Hub hub : dataset.hubs) {
            if (hub.schools().size() < 4 || hub.people().size() < 2) {
                continue;
            }
            String lead = "lead@" + hub.slug() + ".test";
            for (int y = years.size() % 2 == 0 ? 0 : 1; y < years.size(); y += 2) {
                AcademicYear year = years.get(y);
                LocalDate start = year.firstDay();
                LocalDate end = year.next().lastDay().minusDays(31);
                boolean ended = !end.isAfter(visitedUntil);
                long id = projectId++;
                Timestamp at = Timestamp.from(
                        (ended ? end.plusDays(30) : start).atStartOfDay().toInstant(ZoneOffset.UTC));
                projects.add(new Object[] {
                    id,
                    hub.id(),
                    "Keep up, not catch up " + year.startYear() + " to " + (year.startYear() + 2),
                    "Schools outside the hub's work groups whose pupils make too little progress in maths.",
                    Date.valueOf(start),
                    Date.valueOf(end),
                    ended ? "Front-loading the CPD left most of the project for practice." : null,
                    ended ? "Meet governors every term." : null,
                    ended ? "Maths leaders now train teachers new to their schools." : null,
                    ended ? "ACCEPTED" : "DRAFT",
                    at,
                    lead,
                    ended ? at : null,
                    ended ? lead : null
                });
                int first = random.nextInt(hub.schools().size() - 3);
                List<NationalDataset.School> chosen = hub.schools().subList(first, first + 4);
                chosen.forEach(s -> schools.add(new Object[] {id, s.urn()}));
                List<Long> sles = hub.people().subList(0, 2);
                sles.forEach(p -> leaders.add(new Object[] {id, p}));
                for (int k = 0; k < 2; k++) {
                    String[] kpi = KPIS[(y + k) % KPIS.length];
                    kpis.add(new Object[] {
                        kpiId++, hub.id(), id, kpi[0], kpi[1], kpi[2], ended ? "MET" : "ON_TRACK", Date.valueOf(start)
                    });
                }
                risks.add(new Object[] {
                    riskId++,
                    hub.id(),
                    id,
                    "Teachers new to the schools miss the training",
                    "HIGH",
                    "MEDIUM",
                    "Repeat the core training each September.",
                    ended
                });
                risks.add(new Object[] {
                    riskId++,
                    hub.id(),
                    id,
                    "Governors' interest fades",
                    "MEDIUM",
                    "MEDIUM",
                    "Meet governors every term.",
                    ended
                });
                for (int s = 0; s < chosen.size(); s++) {
                    NationalDataset.School school = chosen.get(s);
                    int n = 0;
                    for (LocalDate on = start.plusDays(7 + random.nextInt(14));
                            !on.isAfter(end) && !on.isAfter(visitedUntil);
                            on = on.plusDays(14 + random.nextInt(14))) {
                        if (on.getMonthValue() == 8) {
                            continue;
                        }
                        boolean governors = n++ % 5 == 4;
                        visits.add(new Object[] {
                            visitId++,
                            hub.id(),
                            id,
                            school.urn(),
                            sles.get(s % 2),
                            "SLE " + (s % 2 + 1) + " of " + hub.slug(),
                            Date.valueOf(on),
                            governors ? "CLASS_TEACHERS,GOVERNORS" : "CLASS_TEACHERS",
                            school.phase() == Phase.SECONDARY ? "Year 7,Year 8" : "Year " + (3 + n % 4),
                            governors ? "Reported to governors" : "Same-day intervention after the main lesson",
                            null
                        });
                    }
                }
            }
        }
        bulk.insert(
                "INSERT INTO improvement_project (id, hub_id, title, aims, starts_on, ends_on, good_practice,"
                        + " differently, sustainability, status, updated_at, updated_by, submitted_at, submitted_by,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                projects);
        bulk.insert("INSERT INTO improvement_project_school (project_id, school_urn) VALUES (?, ?)", schools);
        bulk.insert("INSERT INTO improvement_project_leader (project_id, person_id) VALUES (?, ?)", leaders);
        bulk.insert(
                "INSERT INTO improvement_kpi (id, hub_id, project_id, measure, baseline, target, rating, reviewed_on,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                kpis);
        bulk.insert(
                "INSERT INTO improvement_risk (id, hub_id, project_id, description, likelihood, impact, mitigation,"
                        + " closed, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                risks);
        bulk.insert(
                "INSERT INTO improvement_visit (id, hub_id, project_id, school_urn, visitor_person_id, visitor_name,"
                        + " visit_date, audiences, year_groups, focus, next_steps, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                visits);
        bulk.restartIds("improvement_project", "improvement_kpi", "improvement_risk", "improvement_visit");
    }
}
