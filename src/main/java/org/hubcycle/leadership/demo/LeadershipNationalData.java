package org.hubcycle.leadership.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Leadership's share of the national dataset: every person of a hub is on its LLME register, a Work
 * Group Lead from the first year they led a group to the last, and about a third of them Mastery
 * Specialists of a cohort (one cohort per hub, phase and year). Each hub's first two people are SLEs
 * throughout, who lead its school improvement projects. Each group's lead has terms agreed, paid for every
 * past year.
 */
@Component
class LeadershipNationalData implements NationalData {

    private final JdbcTemplate jdbc;

    LeadershipNationalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load(NationalDataset dataset) {
        Random random = dataset.random("leadership");
        Bulk bulk = new Bulk(jdbc);
        Map<Long, int[]> ledYears = new HashMap<>();
        for (NationalDataset.WorkGroup group : dataset.workGroups) {
            int year = group.project().year().startYear();
            ledYears.merge(group.leadPersonId(), new int[] {year, year}, (a, b) ->
                    new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.query("SELECT id, full_name FROM person", row -> {
            names.put(row.getLong("id"), row.getString("full_name"));
        });
        long llmeId = bulk.nextId("llme");
        long roleId = bulk.nextId("llme_role");
        long cohortId = bulk.nextId("specialist_cohort");
        int current = dataset.currentYear().startYear();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> llmes = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> cohorts = new ArrayList<>();
        for (NationalDataset.Hub hub : dataset.hubs) {
            Map<String, Long> cohortOf = new HashMap<>();
            for (Phase phase : List.of(Phase.PRIMARY, Phase.SECONDARY)) {
                int number = 1;
                for (AcademicYear year : dataset.years()) {
                    cohorts.add(new Object[] {cohortId, hub.id(), phase.name(), number++, year.startYear()});
                    cohortOf.put(phase + "/" + year.startYear(), cohortId++);
                }
            }
            for (long personId : hub.people()) {
                long llme = llmeId++;
                int firstRole = roles.size();
                if (hub.people().indexOf(personId) < 2) {
                    roles.add(new Object[] {
                        roleId++,
                        hub.id(),
                        llme,
                        RoleType.SLE.name(),
                        dataset.years().get(0).startYear(),
                        null,
                        null,
                        null
                    });
                }
                int[] led = ledYears.get(personId);
                if (led != null) {
                    roles.add(new Object[] {
                        roleId++,
                        hub.id(),
                        llme,
                        RoleType.WORK_GROUP_LEAD.name(),
                        led[0],
                        led[1] == current ? null : led[1],
                        null,
                        null
                    });
                }
                if (random.nextInt(3) == 0) {
                    Phase phase = random.nextInt(3) == 0 ? Phase.SECONDARY : Phase.PRIMARY;
                    int start = dataset.years()
                            .get(random.nextInt(dataset.years().size()))
                            .startYear();
                    roles.add(new Object[] {
                        roleId++,
                        hub.id(),
                        llme,
                        (phase == Phase.PRIMARY
                                        ? RoleType.PRIMARY_MASTERY_SPECIALIST
                                        : RoleType.SECONDARY_MASTERY_SPECIALIST)
                                .name(),
                        start,
                        null,
                        cohortOf.get(phase + "/" + start),
                        (start == current ? SpecialistStatus.TRAINEE : SpecialistStatus.ACTIVE).name()
                    });
                }
                Date left = leftOn(roles.subList(firstRole, roles.size()), llme, current);
                llmes.add(new Object[] {
                    llme, hub.id(), personId, names.get(personId), now, left, left == null ? null : "system"
                });
            }
        }
        bulk.insert(
                "INSERT INTO specialist_cohort (id, hub_id, phase, cohort_number, start_year) VALUES (?, ?, ?, ?, ?)",
                cohorts);
        bulk.insert(
                "INSERT INTO llme (id, hub_id, person_id, full_name, created_at, left_on, left_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                llmes);
        bulk.insert(
                "INSERT INTO llme_role (id, hub_id, llme_id, role, from_year, to_year, cohort_id, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                roles);
        bulk.restartIds("specialist_cohort", "llme", "llme_role");
        bulk.insert(
                "INSERT INTO lead_agreement (hub_id, academic_year, work_group_id, person_id, half_days,"
                        + " day_rate_pence, payee, agreed_at, agreed_by, paid_pence, paid_on, payment_reference,"
                        + " paid_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                agreements(dataset, random, current, now));
    }

    /**
     * What each hub agreed to pay its groups' leads: a day for each session and one to plan, at one of three
     * day rates, paid to the lead's school at the end of each past year; this year's are agreed, not yet paid.
     */
    /**
     * Half of the LLMEs whose every role ended before this year left the register at the end of their last year (ADR
     * 0047), chosen by id so the random draws of the rest of the dataset stay as they were; null for the others.
     */
    private static Date leftOn(List<Object[]> roles, long llme, int current) {
        if (roles.isEmpty() || llme % 2 != 0 || roles.stream().anyMatch(r -> r[5] == null)) {
            return null;
        }
        int last = roles.stream().mapToInt(r -> (Integer) r[5]).max().orElseThrow();
        return last < current ? Date.valueOf(new AcademicYear(last).lastDay()) : null;
    }

    private static List<Object[]> agreements(NationalDataset dataset, Random random, int current, Timestamp now) {
        int[] rates = {27500, 30000, 32500};
        List<Object[]> rows = new ArrayList<>();
        for (NationalDataset.WorkGroup group : dataset.workGroups) {
            AcademicYear year = group.project().year();
            int halfDays = 2 * (group.sessions() + 1);
            int rate = rates[random.nextInt(rates.length)];
            boolean paid = year.startYear() != current;
            String by = "lead@" + group.hubId() + ".test";
            rows.add(new Object[] {
                group.hubId(),
                year.startYear(),
                group.id(),
                group.leadPersonId(),
                halfDays,
                rate,
                "The lead's school",
                now,
                by,
                paid ? halfDays * rate / 2 : null,
                paid ? java.sql.Date.valueOf(year.lastDay().minusDays(random.nextInt(30))) : null,
                paid ? "PO-" + group.id() : null,
                paid ? by : null
            });
        }
        return rows;
    }
}
