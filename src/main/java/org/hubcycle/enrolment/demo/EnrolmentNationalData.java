package org.hubcycle.enrolment.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Enrolment's share of the national dataset: schools of each hub's area fill about nine in ten places
 * of its work groups, year after year, as the eligibility rules allow — a school does Readiness and
 * Development once, Embedding the year after completing Development, Sustaining after Embedding — with
 * one or two participants each. Past years end completed (most), not completed or withdrawn; this
 * year's running groups are accepted (a few withdrawn), and its recruiting groups are half full, a
 * third of their applications still waiting for the hub's decision. Places in projects that fund them
 * claim their funding (ADR 0027): past years' claims are paid (a few for less than claimed), and this
 * year's wait for the hub's decision or its payment.
 */
@Component
class EnrolmentNationalData implements NationalData {

    private final JdbcTemplate jdbc;

    EnrolmentNationalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load(NationalDataset dataset) {
        Random random = dataset.random("enrolment");
        Random money = dataset.random("funding");
        Bulk bulk = new Bulk(jdbc);
        long claimId = bulk.nextId("funding_claim");
        List<Object[]> claims = new ArrayList<>();
        long enrolmentId = bulk.nextId("enrolment");
        long participantId = bulk.nextId("participant");
        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> participants = new ArrayList<>();
        List<Object[]> places = new ArrayList<>();
        Map<Long, NationalDataset.Hub> hubs = new HashMap<>();
        dataset.hubs.forEach(h -> hubs.put(h.id(), h));
        // What each school has done of its pathway: family -> the year it enrolled, completed or not.
        Map<Integer, Map<String, Integer>> enrolled = new HashMap<>();
        Map<Integer, Map<String, Integer>> completed = new HashMap<>();
        int current = dataset.currentYear().startYear();
        LocalDate today = LocalDate.now();
        for (NationalDataset.WorkGroup group : dataset.workGroups) {
            NationalDataset.Project project = group.project();
            int year = project.year().startYear();
            List<NationalDataset.School> schools =
                    new ArrayList<>(hubs.get(group.hubId()).schools());
            Collections.shuffle(schools, random);
            int wanted = group.recruiting()
                    ? group.capacity() * (40 + random.nextInt(31)) / 100
                    : group.capacity() * (85 + random.nextInt(16)) / 100;
            Set<Integer> taken = new HashSet<>();
            int holding = 0;
            for (NationalDataset.School school : schools) {
                if (taken.size() >= wanted) {
                    break;
                }
                if (school.phase() != project.phase() || !eligible(project, school.urn(), enrolled, completed)) {
                    continue;
                }
                taken.add(school.urn());
                int roll = random.nextInt(100);
                EnrolmentStatus status = group.recruiting()
                        ? (roll < 35 ? EnrolmentStatus.APPLIED : EnrolmentStatus.ACCEPTED)
                        : year == current
                                ? (roll < 5 ? EnrolmentStatus.WITHDRAWN : EnrolmentStatus.ACCEPTED)
                                : roll < 80
                                        ? EnrolmentStatus.COMPLETED
                                        : roll < 88 ? EnrolmentStatus.NOT_COMPLETED : EnrolmentStatus.WITHDRAWN;
                boolean withdrawn = status == EnrolmentStatus.WITHDRAWN;
                boolean waiting = status == EnrolmentStatus.APPLIED;
                holding += EnrolmentStatus.holdingPlace().contains(status) ? 1 : 0;
                LocalDate applied = group.recruiting()
                        ? today.minusDays(2 + random.nextInt(21))
                        : LocalDate.of(year, 9, 1).plusDays(random.nextInt(18));
                enrolments.add(new Object[] {
                    enrolmentId,
                    group.hubId(),
                    group.id(),
                    year,
                    project.family(),
                    school.urn(),
                    status.name(),
                    true,
                    "ELIGIBLE",
                    "Eligible: the school meets the project's rules.",
                    Timestamp.from(applied.atTime(9, 0).toInstant(ZoneOffset.UTC)),
                    "head@" + school.urn() + ".national.test",
                    waiting
                            ? null
                            : Timestamp.from(applied.plusDays(group.recruiting() ? 1 : 2)
                                    .atTime(9, 0)
                                    .toInstant(ZoneOffset.UTC)),
                    withdrawn ? Date.valueOf(LocalDate.of(year, 11, 15)) : null,
                    withdrawn ? "SCHOOL" : null,
                    withdrawn ? "Staffing changes" : null,
                    false
                });
                enrolled.computeIfAbsent(school.urn(), u -> new HashMap<>()).put(project.family(), year);
                if (status == EnrolmentStatus.COMPLETED) {
                    completed
                            .computeIfAbsent(school.urn(), u -> new HashMap<>())
                            .put(project.family(), year);
                }
                List<Long> ids = new ArrayList<>();
                int count = 1 + random.nextInt(group.placesPerSchool());
                for (int p = 1; p <= count; p++, participantId++) {
                    participants.add(new Object[] {
                        participantId,
                        group.hubId(),
                        enrolmentId,
                        p,
                        "Teacher " + participantId,
                        NationalDataset.participantEmail(participantId),
                        p == 1 ? "Maths lead" : "Class teacher",
                        p == 1 ? "Maths lead" : "Teacher"
                    });
                    ids.add(participantId);
                }
                Funding funding = Funding.parse(NationalDataset.funding(project.phase(), project.step()));
                if (status.holdsPlace() && !group.recruiting()) {
                    for (Funding.Entitlement entitlement : funding.entitlements()) {
                        Object[] claim = claim(
                                money, claimId, enrolmentId, group, school.urn(), year, current, entitlement, today);
                        if (claim != null) {
                            claims.add(claim);
                            claimId++;
                        }
                    }
                }
                if (!waiting) {
                    dataset.enrolments.add(new NationalDataset.Enrolment(
                            enrolmentId, group, school.urn(), status == EnrolmentStatus.COMPLETED, withdrawn, ids));
                }
                enrolmentId++;
            }
            places.add(new Object[] {group.id(), holding});
        }
        bulk.insert(
                "INSERT INTO enrolment (id, hub_id, work_group_id, academic_year, project_family, school_urn, status,"
                        + " eligible, reason_code, reason, applied_at, applied_by, decided_at, withdrawn_on, withdrawn_by,"
                        + " withdrawal_reason, late_withdrawal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                enrolments);
        bulk.insert(
                "INSERT INTO participant (id, hub_id, enrolment_id, position, full_name, email, job_title, role_in_group)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                participants);
        bulk.insert("INSERT INTO work_group_places (work_group_id, taken) VALUES (?, ?)", places);
        bulk.insert(
                "INSERT INTO funding_claim (id, hub_id, enrolment_id, work_group_id, school_urn, academic_year,"
                        + " entitlement, claimed_pence, details, status, approved_pence, note, submitted_at, submitted_by,"
                        + " decided_at, decided_by, paid_on, payment_reference, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                claims);
        bulk.restartIds("enrolment", "participant", "funding_claim");
    }

    /**
     * A place's claim on one entitlement, or null for none: nine in ten places of past years claimed their
     * cover and half their textbooks, all paid; four in ten of this year's have claimed, most still waiting.
     */
    private static Object[] claim(
            Random money,
            long id,
            long enrolmentId,
            NationalDataset.WorkGroup group,
            int urn,
            int year,
            int current,
            Funding.Entitlement entitlement,
            LocalDate today) {
        boolean past = year < current;
        int chance = !past ? 40 : entitlement.upTo() ? 50 : 90;
        if (money.nextInt(100) >= chance) {
            return null;
        }
        int claimed = entitlement.pence() / 2 + money.nextInt(entitlement.pence() / 200 + 1) * 100;
        LocalDate sent = past
                ? LocalDate.of(year + 1, 6, 1).plusDays(money.nextInt(60))
                : today.minusDays(1 + money.nextInt(30));
        String status = past ? "PAID" : money.nextInt(10) < 6 ? "SUBMITTED" : "APPROVED";
        boolean cut = !status.equals("SUBMITTED") && money.nextInt(10) == 0;
        Integer approved = status.equals("SUBMITTED") ? null : cut ? claimed - 50_000 : claimed;
        LocalDate decided = status.equals("SUBMITTED") ? null : past ? sent.plusDays(10) : today;
        return new Object[] {
            id,
            group.hubId(),
            enrolmentId,
            group.id(),
            urn,
            year,
            entitlement.name(),
            claimed,
            entitlement.upTo()
                    ? "Textbooks for the year groups taking part, invoice TB-" + id
                    : "Supply cover for the session days, invoice SC-" + id,
            status,
            approved,
            cut ? "One session day had no cover booked" : null,
            Timestamp.from(sent.atTime(10, 0).toInstant(ZoneOffset.UTC)),
            "head@" + urn + ".national.test",
            decided == null ? null : Timestamp.from(decided.atTime(9, 0).toInstant(ZoneOffset.UTC)),
            decided == null ? null : "finance@national.test",
            past ? Date.valueOf(sent.plusDays(30)) : null,
            past ? "BACS-" + id : null
        };
    }

    /** The pathway rules the catalogue's projects state, applied to what the school has done so far. */
    private static boolean eligible(
            NationalDataset.Project project,
            int urn,
            Map<Integer, Map<String, Integer>> enrolled,
            Map<Integer, Map<String, Integer>> completed) {
        Map<String, Integer> done = completed.getOrDefault(urn, Map.of());
        Map<String, Integer> tried = enrolled.getOrDefault(urn, Map.of());
        int year = project.year().startYear();
        return switch (project.step()) {
            case 1, 2 -> !tried.containsKey(project.family());
            case 3 ->
                Integer.valueOf(year - 1).equals(done.get(NationalDataset.pathway(project.phase(), "Development")))
                        && !tried.containsKey(project.family());
            case 4 ->
                done.containsKey(NationalDataset.pathway(project.phase(), "Embedding"))
                        && !tried.containsKey(project.family());
            default -> !Integer.valueOf(year).equals(tried.get(project.family()));
        };
    }
}
