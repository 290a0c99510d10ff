package org.hubcycle.delivery.demo;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hubcycle.delivery.internal.CertificateCodes;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivery's share of the national dataset: every work group's sessions from its start (October, or
 * later for a group still recruiting) over eight months, a register for each session held so far (a
 * school that completed came to nearly all of them, one that did not to about half) except the latest
 * of about half of this year's groups, not taken yet, and a support visit made so far to one school
 * of about a third of the groups. Each participant marked with apologies sent them a week before the
 * session, and each late cancellation the evening before.
 */
@Component
class DeliveryNationalData implements NationalData {

    private final JdbcTemplate jdbc;

    DeliveryNationalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 60;
    }

    /** A school that completed came to nearly every session; one that did not, to about half. */
    private static Mark mark(NationalDataset.Enrolment school, Random random) {
        int roll = random.nextInt(100);
        if (school.completed()) {
            return roll < 92 ? Mark.PRESENT : roll < 97 ? Mark.APOLOGIES : Mark.ABSENT;
        }
        return roll < 50 ? Mark.PRESENT : roll < 70 ? Mark.APOLOGIES : roll < 95 ? Mark.ABSENT : Mark.LATE_CANCELLATION;
    }

    @Override
    public void load(NationalDataset dataset) {
        Random random = dataset.random("delivery");
        Bulk bulk = new Bulk(jdbc);
        long sessionId = bulk.nextId("delivery_session");
        long markId = bulk.nextId("attendance_mark");
        long visitId = bulk.nextId("support_visit");
        long apologyId = bulk.nextId("session_apology");
        long materialId = bulk.nextId("session_material");
        List<Object[]> materials = new ArrayList<>();
        LocalDate today = LocalDate.now();
        Timestamp added = Timestamp.from(today.atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<Long, List<NationalDataset.Enrolment>> byGroup = new HashMap<>();
        dataset.enrolments.forEach(e ->
                byGroup.computeIfAbsent(e.group().id(), g -> new ArrayList<>()).add(e));
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> visits = new ArrayList<>();
        for (NationalDataset.WorkGroup group : dataset.workGroups) {
            LocalDate first = group.start();
            for (int s = 1; s <= group.sessions(); s++, sessionId++) {
                LocalDate date = first.plusDays((long) (s - 1) * 250 / group.sessions() + random.nextInt(5));
                sessions.add(new Object[] {
                    sessionId,
                    group.hubId(),
                    group.id(),
                    s,
                    Date.valueOf(date),
                    Time.valueOf(LocalTime.of(9, 30)),
                    Time.valueOf(LocalTime.of(12, 30)),
                    "HALF_DAY",
                    "IN_PERSON",
                    "Hub lead school",
                    "Try the session's approach with one class and bring back what pupils said.",
                    0
                });
                // Each session links its slides (ADR 0028).
                materials.add(new Object[] {
                    materialId++,
                    group.hubId(),
                    sessionId,
                    "Slides",
                    "https://materials.national.test/work-groups/" + group.id() + "/session-" + s,
                    "lead" + group.leadPersonId() + "@national.test",
                    added
                });
            }
            List<NationalDataset.Enrolment> schools = byGroup.getOrDefault(group.id(), List.of());
            LocalDate visited = first.plusDays(60 + random.nextInt(90));
            if (!schools.isEmpty() && random.nextInt(3) == 0 && visited.isBefore(today)) {
                NationalDataset.Enrolment school = schools.get(random.nextInt(schools.size()));
                visits.add(new Object[] {
                    visitId++,
                    group.hubId(),
                    group.id(),
                    school.urn(),
                    group.leadPersonId(),
                    "Lead of " + group.id(),
                    Date.valueOf(visited),
                    "Year 3, Year 4",
                    "Fluency in number facts",
                    "Lessons seen in two classes; pupils explained their reasoning with representations."
                });
            }
        }
        bulk.insert(
                "INSERT INTO delivery_session (id, hub_id, work_group_id, sequence, session_date, start_time, end_time,"
                        + " length, format, venue, task, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessions);
        bulk.insert(
                "INSERT INTO session_material (id, hub_id, session_id, title, url, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                materials);
        bulk.insert(
                "INSERT INTO support_visit (id, hub_id, work_group_id, school_urn, visitor_person_id, visitor_name,"
                        + " visit_date, year_groups, focus, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                visits);
        // About half of this year's groups have not yet taken the register of their latest session.
        Set<Long> notTaken = new HashSet<>();
        int current = dataset.currentYear().startYear();
        Map<Long, Long> latest = new HashMap<>();
        for (Object[] session : sessions) {
            if (((Date) session[4]).toLocalDate().isBefore(today)) {
                latest.put((Long) session[2], (Long) session[0]);
            }
        }
        for (NationalDataset.WorkGroup group : dataset.workGroups) {
            if (group.project().year().startYear() == current
                    && latest.containsKey(group.id())
                    && byGroup.containsKey(group.id())
                    && random.nextBoolean()) {
                notTaken.add(latest.get(group.id()));
            }
        }
        Bulk.Rows marks = bulk.rows("INSERT INTO attendance_mark (id, hub_id, session_id, participant_id, mark,"
                + " marked_at, marked_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Bulk.Rows apologies = bulk.rows(
                "INSERT INTO session_apology (id, hub_id, session_id, participant_id, sent_at) VALUES (?, ?, ?, ?, ?)");
        for (Object[] session : sessions) {
            LocalDate date = ((Date) session[4]).toLocalDate();
            if (!date.isBefore(today) || notTaken.contains((Long) session[0])) {
                continue;
            }
            long group = (Long) session[2];
            int sequence = (Integer) session[3];
            Timestamp marked = Timestamp.from(date.atTime(16, 0).toInstant(ZoneOffset.UTC));
            for (NationalDataset.Enrolment school : byGroup.getOrDefault(group, List.of())) {
                if (school.withdrawn() && sequence > 2) {
                    continue;
                }
                for (long participant : school.participants()) {
                    Mark mark = mark(school, random);
                    marks.add(
                            markId++,
                            session[1],
                            session[0],
                            participant,
                            mark.name(),
                            marked,
                            "lead" + school.group().leadPersonId() + "@national.test");
                    if (mark == Mark.APOLOGIES || mark == Mark.LATE_CANCELLATION) {
                        LocalDate sent = mark == Mark.APOLOGIES ? date.minusDays(7) : date.minusDays(1);
                        apologies.add(
                                apologyId++,
                                session[1],
                                session[0],
                                participant,
                                Timestamp.from(sent.atTime(19, 0).toInstant(ZoneOffset.UTC)));
                    }
                }
            }
        }
        marks.flush();
        apologies.flush();
        issueCertificates(dataset, bulk, today);
        bulk.restartIds("delivery_session", "attendance_mark", "support_visit", "session_apology", "session_material");
    }

    /**
     * Most participants of a school that completed a group in an earlier year have had their certificate issued
     * (ADR 0033), in the July the group ended, each with a code of its own.
     */
    private static void issueCertificates(NationalDataset dataset, Bulk bulk, LocalDate today) {
        Random random = dataset.random("certificates");
        Set<String> codes = new HashSet<>();
        Bulk.Rows issued = bulk.rows(
                "INSERT INTO issued_certificate (participant_id, hub_id, code, issued_on) VALUES (?, ?, ?, ?)");
        for (NationalDataset.Enrolment school : dataset.enrolments) {
            LocalDate ended = LocalDate.of(school.group().project().year().startYear() + 1, 7, 15);
            if (!school.completed() || !ended.isBefore(today)) {
                continue;
            }
            for (long participant : school.participants()) {
                if (random.nextInt(10) < 7) {
                    String code = CertificateCodes.newCode(random);
                    while (!codes.add(code)) {
                        code = CertificateCodes.newCode(random);
                    }
                    issued.add(participant, school.group().hubId(), code, Date.valueOf(ended));
                }
            }
        }
        issued.flush();
    }
}
