package org.hubcycle.evaluation.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evaluation's share of the national dataset: a plan for every project (five agreement statements, one
 * per outcome area but community culture, paired at baseline and final; years of teaching at baseline;
 * a comment, quotable or not, at the end), a baseline survey in October for every work group and a
 * final survey in June for those whose year has reached it, every participant invited, about four in five
 * answering (those whose school completed improving by a point or so, the others hardly at all), and
 * each group's Autumn report accepted.
 */
@Component
class EvaluationNationalData implements NationalData {

    private static final String[][] STATEMENTS = {
        {"POLICIES", "Our school has agreed how maths lessons are planned."},
        {"PRACTICE", "I use representations to expose the mathematics in my lessons."},
        {"PRACTICE", "I plan questions that check every pupil's understanding."},
        {"PROFESSIONAL_LEARNING", "I can explain the principles behind this approach to a colleague."},
        {"PUPIL_LEARNING", "Pupils in my class explain their reasoning confidently."}
    };

    private final JdbcTemplate jdbc;

    EvaluationNationalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load(NationalDataset dataset) {
        Random random = dataset.random("evaluation");
        Bulk bulk = new Bulk(jdbc);
        long planId = bulk.nextId("evaluation_plan");
        long questionId = bulk.nextId("evaluation_question");
        long surveyId = bulk.nextId("evaluation_survey");
        long invitationId = bulk.nextId("evaluation_invitation");
        long responseId = bulk.nextId("evaluation_response");
        long reportId = bulk.nextId("progress_report");
        Timestamp created =
                Timestamp.from(dataset.years().get(0).firstDay().atStartOfDay().toInstant(ZoneOffset.UTC));
        LocalDate today = LocalDate.now();

        // Per project: its plan and the ids of its questions, in order (statements, years of teaching, comment).
        Map<Long, long[]> questionsOf = new HashMap<>();
        Map<Long, Long> planOf = new HashMap<>();
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> questions = new ArrayList<>();
        for (NationalDataset.Project project : dataset.projects) {
            long plan = planId++;
            plans.add(new Object[] {plan, project.id(), 1, created, "national@national.test"});
            planOf.put(project.id(), plan);
            long[] ids = new long[STATEMENTS.length + 2];
            for (int i = 0; i < STATEMENTS.length; i++) {
                ids[i] = questionId++;
                questions.add(question(
                        ids[i], plan, i + 1, "AGREEMENT", STATEMENTS[i][1], STATEMENTS[i][0], true, true, false));
            }
            ids[STATEMENTS.length] = questionId++;
            questions.add(question(
                    ids[STATEMENTS.length],
                    plan,
                    STATEMENTS.length + 1,
                    "NUMBER",
                    "How many years have you taught?",
                    null,
                    true,
                    false,
                    false));
            ids[STATEMENTS.length + 1] = questionId++;
            questions.add(question(
                    ids[STATEMENTS.length + 1],
                    plan,
                    STATEMENTS.length + 2,
                    "TEXT",
                    "What has changed in your classroom?",
                    null,
                    false,
                    true,
                    true));
            questionsOf.put(project.id(), ids);
        }
        bulk.insert(
                "INSERT INTO evaluation_plan (id, project_id, version, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                plans);
        bulk.insert(
                "INSERT INTO evaluation_question (id, plan_id, position, kind, text, outcome_area, in_baseline, in_session,"
                        + " in_final, required, asks_consent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                questions);

        Map<Long, List<NationalDataset.Enrolment>> byGroup = new HashMap<>();
        dataset.enrolments.forEach(e ->
                byGroup.computeIfAbsent(e.group().id(), g -> new ArrayList<>()).add(e));
        List<Object[]> reports = new ArrayList<>();
        // Each table's batches are written after those of the table they point at.
        Bulk.Rows surveys = bulk.rows("INSERT INTO evaluation_survey (id, hub_id, work_group_id, project_id,"
                + " academic_year, plan_id, kind, session_sequence, opens_on, closes_on, opened_by, opened_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Bulk.Rows invitations = bulk.rows(
                "INSERT INTO evaluation_invitation (id, hub_id, survey_id, participant_id, email,"
                        + " pair_key, reminders, last_sent_at, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                surveys);
        Bulk.Rows responses = bulk.rows(
                "INSERT INTO evaluation_response (id, hub_id, survey_id, pair_key, submitted_on) VALUES (?, ?, ?, ?, ?)",
                surveys);
        Bulk.Rows answers = bulk.rows(
                "INSERT INTO evaluation_answer (response_id, question_id, answer, quotable) VALUES (?, ?, ?, ?)",
                responses);
        for (NationalDataset.WorkGroup group : dataset.workGroups) {
            int year = group.project().year().startYear();
            long[] ids = questionsOf.get(group.project().id());
            long plan = planOf.get(group.project().id());
            LocalDate baselineOpens = group.start();
            LocalDate finalOpens = LocalDate.of(year + 1, 6, 1);
            if (!baselineOpens.isBefore(today)) {
                continue;
            }
            long baseline = surveyId++;
            surveys.add(survey(baseline, group, plan, "BASELINE", baselineOpens));
            Long last = null;
            if (finalOpens.isBefore(today)) {
                last = surveyId++;
                surveys.add(survey(last, group, plan, "FINAL", finalOpens));
            }
            Map<Long, int[]> before = new HashMap<>();
            for (NationalDataset.Enrolment school : byGroup.getOrDefault(group.id(), List.of())) {
                for (long participant : school.participants()) {
                    String pairKey = new UUID(random.nextLong(), random.nextLong()).toString();
                    String email = "p" + participant + "@" + school.urn() + ".national.test";
                    // Baseline: about four in five answer.
                    boolean answers1 = random.nextInt(5) > 0;
                    Timestamp sent = Timestamp.from(baselineOpens.atStartOfDay().toInstant(ZoneOffset.UTC));
                    Date on = Date.valueOf(baselineOpens.plusDays(1 + random.nextInt(14)));
                    invitations.add(
                            invitationId++,
                            group.hubId(),
                            baseline,
                            participant,
                            email,
                            pairKey,
                            answers1 ? 0 : 2,
                            sent,
                            answers1 ? Timestamp.valueOf(on.toLocalDate().atStartOfDay()) : null);
                    if (answers1) {
                        long response = responseId++;
                        responses.add(response, group.hubId(), baseline, pairKey, on);
                        int[] points = new int[STATEMENTS.length];
                        for (int i = 0; i < STATEMENTS.length; i++) {
                            points[i] = 1 + random.nextInt(4);
                            answers.add(response, ids[i], String.valueOf(points[i]), false);
                        }
                        answers.add(response, ids[STATEMENTS.length], String.valueOf(1 + random.nextInt(25)), false);
                        before.put(participant, points);
                    }
                    if (last == null || school.withdrawn()) {
                        continue;
                    }
                    boolean answers2 = random.nextInt(5) > 0;
                    Timestamp sentFinal =
                            Timestamp.from(finalOpens.atStartOfDay().toInstant(ZoneOffset.UTC));
                    Date onFinal = Date.valueOf(finalOpens.plusDays(1 + random.nextInt(14)));
                    invitations.add(
                            invitationId++,
                            group.hubId(),
                            last,
                            participant,
                            email,
                            pairKey,
                            answers2 ? 0 : 2,
                            sentFinal,
                            answers2 ? Timestamp.valueOf(onFinal.toLocalDate().atStartOfDay()) : null);
                    if (answers2) {
                        long response = responseId++;
                        responses.add(response, group.hubId(), last, pairKey, onFinal);
                        int[] start = before.getOrDefault(participant, new int[STATEMENTS.length]);
                        for (int i = 0; i < STATEMENTS.length; i++) {
                            int from = start[i] == 0 ? 1 + random.nextInt(4) : start[i];
                            int gain = school.completed() ? random.nextInt(3) : random.nextInt(2) - random.nextInt(2);
                            answers.add(response, ids[i], String.valueOf(Math.max(1, Math.min(5, from + gain))), false);
                        }
                        if (random.nextInt(3) == 0) {
                            answers.add(
                                    response,
                                    ids[STATEMENTS.length + 1],
                                    "Pupils talk about the mathematics more, and I wait longer for answers.",
                                    random.nextBoolean());
                        }
                    }
                }
            }
            LocalDate autumnDue = LocalDate.of(year + 1, 1, 14);
            if (autumnDue.isBefore(today)) {
                Timestamp at = Timestamp.from(autumnDue.atStartOfDay().toInstant(ZoneOffset.UTC));
                reports.add(new Object[] {
                    reportId++,
                    group.hubId(),
                    group.id(),
                    year,
                    "AUTUMN",
                    "ACCEPTED",
                    "All schools have started; registers and gap tasks are up to date.",
                    "Visit each school before the spring sessions.",
                    at,
                    "lead" + group.leadPersonId() + "@national.test",
                    at,
                    1
                });
            }
        }
        invitations.flush();
        responses.flush();
        answers.flush();
        bulk.insert(
                "INSERT INTO progress_report (id, hub_id, work_group_id, academic_year, term, status, progress, next_steps,"
                        + " updated_at, updated_by, submitted_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reports);
        bulk.restartIds(
                "evaluation_plan",
                "evaluation_question",
                "evaluation_survey",
                "evaluation_invitation",
                "evaluation_response",
                "progress_report");
    }

    private static Object[] question(
            long id,
            long plan,
            int position,
            String kind,
            String text,
            String area,
            boolean baseline,
            boolean last,
            boolean consent) {
        return new Object[] {
            id, plan, position, kind, text, area, baseline, false, last, kind.equals("AGREEMENT"), consent
        };
    }

    private static Object[] survey(long id, NationalDataset.WorkGroup group, long plan, String kind, LocalDate opens) {
        return new Object[] {
            id,
            group.hubId(),
            group.id(),
            group.project().id(),
            group.project().year().startYear(),
            plan,
            kind,
            0,
            Date.valueOf(opens),
            Date.valueOf(opens.plusWeeks(3)),
            "lead" + group.leadPersonId() + "@national.test",
            Timestamp.from(opens.atStartOfDay().toInstant(ZoneOffset.UTC))
        };
    }
}
