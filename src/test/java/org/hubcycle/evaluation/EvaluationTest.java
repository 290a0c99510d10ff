package org.hubcycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.evaluation.internal.SurveyReminders;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.FreshSchools;
import org.hubcycle.support.Nominees;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Evaluation end to end on the demo hub: results of last year's groups, opening a survey, answering it
 * through a personal link without signing in, reminders, the plan's versions, and who may see what.
 */
class EvaluationTest extends EvaluationFixtures {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{20,})");

    @Autowired
    Schools schools;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Applications applications;

    @Autowired
    WorkGroupTerms terms;

    @Autowired
    SurveyReminders reminders;

    @Autowired
    EnrolmentFigures figures;

    @Test
    void lastYearsResultsShowTheChangeByOutcomeAreaAndWhatTheyCameFrom() throws Exception {
        WorkGroupBrief group = group(year().previous(), "Development 1");

        Document page = page("/evaluation/work-groups/" + group.id(), SignedIn.HUB_LEAD);

        assertThat(page.select("#sources ~ .hubcycle-scroll table tbody tr")
                        .first()
                        .text())
                .contains("Development 1", "Baseline", "5 of 6 (83%)");
        String areas = page.select("#areas ~ .hubcycle-scroll table").first().text();
        assertThat(areas).contains("Practice development").doesNotContain("Fewer than 5");
        assertThat(page.text()).contains("10 responses from 12 people invited, under plan version 1");
        mvc.perform(get("/api/v1/work-groups/" + group.id() + "/evaluation").with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(10))
                .andExpect(jsonPath("$.outcomeAreas[0].respondents").value(5))
                .andExpect(jsonPath("$.outcomeAreas[0].suppressed").value(false))
                .andExpect(jsonPath("$.sources[0].planVersion").value(1));
    }

    @Test
    void theDownloadIsAnonymousAndAnsweringPeopleAreNeverNamed() throws Exception {
        WorkGroupBrief group = group(year().previous(), "Development 2");
        List<String> emails = jdbc.queryForList(
                "select email from evaluation_invitation where survey_id in "
                        + "(select id from evaluation_survey where work_group_id = ?)",
                String.class,
                group.id());
        assertThat(emails).isNotEmpty();

        String csv = mvc.perform(get("/evaluation/work-groups/" + group.id() + "/responses.csv")
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String results =
                page("/evaluation/work-groups/" + group.id(), SignedIn.HUB_LEAD).text();
        String workbook = unzipped(mvc.perform(get("/evaluation/work-groups/" + group.id() + "/responses.xlsx")
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(workbook).contains("Respondent", "I use representations and structures");

        assertThat(csv.lines().count()).as("a header and a row per response").isEqualTo(1 + 15);
        for (String email : emails) {
            String name = email.substring(0, email.indexOf('@')).replace('.', ' ');
            assertThat(csv).doesNotContainIgnoringCase(email).doesNotContainIgnoringCase(name);
            assertThat(results).doesNotContainIgnoringCase(email).doesNotContainIgnoringCase(name);
            assertThat(workbook).doesNotContainIgnoringCase(email).doesNotContainIgnoringCase(name);
        }
        assertThat(jdbc.queryForList(
                        "select column_name from information_schema.columns where lower(table_name) = 'evaluation_response'",
                        String.class))
                .extracting(String::toLowerCase)
                .doesNotContain("invitation_id", "participant_id", "email");
    }

    @Test
    void aParticipantAnswersThroughTheirLinkFinishesLaterAndCannotSubmitTwice() throws Exception {
        Opened opened = openSurveyForAFreshSchool("Development 3");
        String token = opened.token();
        Document start = html(get("/survey/" + token));
        assertThat(start.select("h1").text()).isEqualTo("Baseline survey: Development 3");

        Document missing = html(post("/survey/" + token + "/1").with(csrf()));
        assertThat(missing.select(".govuk-error-summary a").eachText())
                .first()
                .asString()
                .startsWith("Answer: ");
        assertThat(missing.title()).startsWith("Error:");
        // Stopping to come back later, a blank answer is not yet an error.
        mvc.perform(post("/survey/" + token + "/1").with(csrf()).param("later", "yes"))
                .andExpect(redirectedUrl("/survey/" + token + "/saved"));

        Document first = html(get("/survey/" + token + "/1"));
        assertThat(first.select("fieldset"))
                .as("one set of answers per statement")
                .hasSize((int) first.select("input[type=radio]").eachAttr("name").stream()
                        .distinct()
                        .count());
        assertThat(first.select("input.govuk-input, input[type=checkbox], textarea"))
                .isEmpty();
        int sections = Integer.parseInt(html(get("/survey/" + token + "/1"))
                .select(".govuk-caption-l")
                .text()
                .replaceAll(".* of ", ""));
        for (int s = 1; s <= sections; s++) {
            MockHttpServletRequestBuilder answer =
                    post("/survey/" + token + "/" + s).with(csrf());
            for (String name : html(get("/survey/" + token + "/" + s))
                    .select("input[type=radio][value=4]")
                    .eachAttr("name")) {
                answer.param(name, "4");
            }
            if (s == 1) {
                answer.param("later", "yes");
            }
            mvc.perform(answer)
                    .andExpect(redirectedUrl(
                            s == 1
                                    ? "/survey/" + token + "/saved"
                                    : s < sections
                                            ? "/survey/" + token + "/" + (s + 1)
                                            : "/survey/" + token + "/check"));
        }
        assertThat(html(get("/survey/" + token)).select(".govuk-button--start").text())
                .isEqualTo("Continue");
        assertThat(html(get("/survey/" + token + "/check"))
                        .select(".govuk-summary-list__value")
                        .eachText())
                .contains("Agree");

        ExecutorService two = Executors.newFixedThreadPool(2);
        Callable<Integer> submit =
                () -> mvc.perform(post("/survey/" + token + "/check").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
        List<Future<Integer>> both = two.invokeAll(List.of(submit, submit));
        two.shutdown();
        for (Future<Integer> f : both) {
            assertThat(f.get()).isIn(200, 302);
        }

        assertThat(count("select count(*) from evaluation_response where survey_id = ?", opened.surveyId()))
                .as("one response, however often it is submitted")
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from evaluation_draft where invitation_id in "
                                + "(select id from evaluation_invitation where survey_id = ?)",
                        opened.surveyId()))
                .isZero();
        Document again = html(get("/survey/" + token));
        assertThat(again.select("h1").text()).isEqualTo("You have already answered this survey");
        Document late = html(post("/survey/" + token + "/1").with(csrf()).param("q1", "2"));
        assertThat(late.select("h1").text()).isEqualTo("You have already answered this survey");
    }

    @Test
    void aLinkHubcycleDidNotSendFindsNothingAndAClosedSurveySaysSo() throws Exception {
        Opened opened = openSurveyForAFreshSchool("Development 4");
        String tampered = opened.token().substring(1) + (opened.token().charAt(0) == 'A' ? 'B' : 'A');
        mvc.perform(get("/survey/" + tampered)).andExpect(status().isNotFound());
        mvc.perform(get("/survey/x")).andExpect(status().isNotFound());
        mvc.perform(get("/survey/" + "a".repeat(500))).andExpect(status().isNotFound());

        mvc.perform(post("/evaluation/work-groups/" + opened.group().id() + "/surveys/" + opened.surveyId() + "/close")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(redirectedUrl(
                        "/evaluation/work-groups/" + opened.group().id()));

        assertThat(html(get("/survey/" + opened.token())).select("h1").text()).isEqualTo("This survey has closed");
        mvc.perform(post("/survey/" + opened.token() + "/check").with(csrf())).andExpect(status().isOk());
        assertThat(count("select count(*) from evaluation_response where survey_id = ?", opened.surveyId()))
                .isZero();
    }

    @Test
    void thoseWhoHaveNotAnsweredAreRemindedAtMostTwice() throws Exception {
        Opened opened = openSurveyForAFreshSchool("Development 2");
        String email = jdbc.queryForObject(
                "select email from evaluation_invitation where survey_id = ? order by id fetch first 1 rows only",
                String.class,
                opened.surveyId());
        for (int day = 0; day < 4; day++) {
            jdbc.update(
                    "update evaluation_invitation set last_sent_at = last_sent_at - interval '5' day where survey_id = ?",
                    opened.surveyId());
            // Each morning's run: the job's lock is held for a minute, so a run an hour later would find it free.
            jdbc.update(
                    "update shedlock set lock_until = ? where name = 'survey-reminders'",
                    java.sql.Timestamp.from(clock.instant().minusSeconds(3600)));
            reminders.remind();
        }
        assertThat(count(
                        "select count(*) from outbound_email where recipient = ? and kind = 'evaluation.reminder'",
                        email))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select body from outbound_email where recipient = ? and kind = 'evaluation.reminder' "
                                + "order by id desc fetch first 1 rows only",
                        String.class,
                        email))
                .containsPattern(LINK);
    }

    @Test
    void aParticipantSomeoneElseReplacedIsNotReminded() throws Exception {
        // A group with a place left and no final survey yet, whichever the other tests have used.
        long demo = hubs.getBySlug("demo-maths-hub").id();
        WorkGroupBrief group = HubScope.asSystem(() -> offers.briefs(demo, year())).stream()
                .filter(g -> g.name().startsWith("Development"))
                .filter(g -> count(
                                "select count(*) from evaluation_survey where work_group_id = ? and kind = 'FINAL'",
                                g.id())
                        == 0)
                .filter(g -> HubScope.asSystem(() -> figures.counts(g.id())).placesTaken() < g.capacitySchools())
                .findFirst()
                .orElseThrow();
        int urn = FreshSchools.primary(schools, applications, "883", 0);
        long application = HubScope.asSystem(() -> enrolments.apply(new Enrolments.Application(
                group.id(),
                urn,
                Nominees.forRoles(terms.of(group.id()).orElseThrow().requiredRoles(), urn),
                "head@" + urn + ".test")));
        Opened opened = openSurvey(group, "FINAL");
        assertThat(count(
                        "select count(*) from evaluation_invitation where survey_id = ? and email = ?",
                        opened.surveyId(),
                        "p1@" + urn + ".test"))
                .as("the school's participants are invited")
                .isEqualTo(1);
        mvc.perform(post("/applications/" + application + "/participants/1")
                        .with(csrf())
                        .with(signedIn.asContactOf(urn))
                        .param("name", "Grace Okoro")
                        .param("email", "grace.okoro@" + urn + ".test")
                        .param("jobTitle", "Class teacher")
                        .param("trn", ""))
                .andExpect(redirectedUrl("/applications/" + application));

        jdbc.update(
                "update evaluation_invitation set last_sent_at = last_sent_at - interval '5' day where survey_id = ?",
                opened.surveyId());
        jdbc.update(
                "update shedlock set lock_until = ? where name = 'survey-reminders'",
                java.sql.Timestamp.from(clock.instant().minusSeconds(3600)));
        reminders.remind();
        String reminded = "select count(*) from outbound_email where recipient = ? and kind = 'evaluation.reminder'";
        assertThat(count(reminded, "p1@" + urn + ".test"))
                .as("the participant replaced")
                .isZero();
        assertThat(count(reminded, "p2@" + urn + ".test"))
                .as("the one still taking part")
                .isEqualTo(1);
    }

    @Test
    void openingASurveySaysWhatToFix() throws Exception {
        WorkGroupBrief group = group(year(), "Development 1");
        LocalDate today = LocalDate.now(clock);
        Document page = html(post("/evaluation/work-groups/" + group.id() + "/surveys/new")
                .with(csrf())
                .with(signedIn.as(SignedIn.WGL))
                .param("kind", "FINAL")
                .param("opensDay", String.valueOf(today.getDayOfMonth()))
                .param("opensMonth", String.valueOf(today.getMonthValue()))
                .param("opensYear", String.valueOf(today.getYear()))
                .param("closesDay", "31")
                .param("closesMonth", "2")
                .param("closesYear", String.valueOf(today.getYear())));
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#closesDay");

        Document twice = html(post("/evaluation/work-groups/" + group.id() + "/surveys/new")
                .with(csrf())
                .with(signedIn.as(SignedIn.WGL))
                .param("kind", "BASELINE")
                .param("opensDay", String.valueOf(today.getDayOfMonth()))
                .param("opensMonth", String.valueOf(today.getMonthValue()))
                .param("opensYear", String.valueOf(today.getYear()))
                .param("closesDay", String.valueOf(today.plusDays(10).getDayOfMonth()))
                .param("closesMonth", String.valueOf(today.plusDays(10).getMonthValue()))
                .param("closesYear", String.valueOf(today.plusDays(10).getYear())));
        assertThat(twice.select(".govuk-error-summary").text()).contains("already has a Baseline survey");
    }

    @Test
    void anotherHubsLeadAndAnotherGroupsLeadFindNothing() throws Exception {
        WorkGroupBrief lastYears = group(year().previous(), "Development 1");
        WorkGroupBrief thisYears = group(year(), "Development 1");
        for (String path : List.of(
                "/evaluation/work-groups/" + lastYears.id(),
                "/evaluation/work-groups/" + lastYears.id() + "/responses.csv",
                "/evaluation/work-groups/" + lastYears.id() + "/reports/autumn",
                "/evaluation/work-groups/" + thisYears.id() + "/reports/summer",
                "/api/v1/work-groups/" + lastYears.id() + "/evaluation",
                "/evaluation/work-groups/" + thisYears.id() + "/surveys/new")) {
            mvc.perform(get(path).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/evaluation/work-groups/" + lastYears.id()).with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/work-groups/" + thisYears.id()).with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isOk());
        mvc.perform(post("/evaluation/work-groups/" + thisYears.id() + "/surveys/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("kind", "FINAL"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/work-groups/" + lastYears.id()).with(signedIn.as(SignedIn.LLME)))
                .andExpect(status().isForbidden());
        String northfield = page(
                        "/evaluation/projects/" + lastYears.projectCode() + "/results?year="
                                + year().previous().slug(),
                        SignedIn.HUB_LEAD_2)
                .text();
        assertThat(northfield).contains("No surveys have been opened yet");
        mvc.perform(get("/api/v1/projects/" + lastYears.projectCode() + "/evaluation?year="
                                + year().previous().slug())
                        .with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/projects/" + lastYears.projectCode() + "/evaluation?year="
                                + year().previous().slug())
                        .with(signedIn.as(SignedIn.NATIONAL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(25))
                .andExpect(jsonPath("$.hubs[0].hub").value("Demo Maths Hub"))
                .andExpect(jsonPath("$.hubs[0].answered").value(25))
                .andExpect(jsonPath("$.hubs[0].reportsLate").value(1));
    }

    @Test
    void theNationalCentreSeesEveryHubRunningAProjectSideBySide() throws Exception {
        WorkGroupBrief group = group(year().previous(), "Development 1");
        String results = "/evaluation/projects/" + group.projectCode() + "/results?year="
                + year().previous().slug();

        Document national = page(results, SignedIn.NATIONAL);

        String demo = national.select("#hubs ~ div table tr:has(a:contains(Demo Maths Hub))")
                .text();
        assertThat(demo).contains("25 of 30 (83%)", "5 accepted, 0 waiting for the hub lead", "1 late");
        assertThat(national.select("#hubs ~ div table a").first().attr("href")).contains("hub=demo-maths-hub");
        assertThat(page(results + "&hub=demo-maths-hub", SignedIn.NATIONAL).select("#hubs"))
                .isEmpty();
        assertThat(page(results, SignedIn.HUB_LEAD).select("#hubs"))
                .as("a hub sees its own, not the others'")
                .isEmpty();
    }

    @Test
    void changingAnAnsweredPlanMakesItsNextVersionAndResultsKeepTheirs() throws Exception {
        WorkGroupBrief group = group(year().previous(), "Development 1");
        String plan = "/evaluation/projects/" + group.projectCode() + "/plan";
        assertThat(page(plan, SignedIn.NATIONAL).select(".govuk-inset-text").text())
                .contains("Surveys opened from version 1 have responses");

        mvc.perform(post(plan + "/questions/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("kind", "AGREEMENT")
                        .param("text", "I feel confident teaching fractions.")
                        .param("area", "PRACTICE")
                        .param("surveys", "BASELINE", "FINAL")
                        .param("required", "yes"))
                .andExpect(redirectedUrl(plan));
        mvc.perform(post(plan + "/questions/9/remove")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("was", shown(plan, 9)))
                .andExpect(redirectedUrl(plan));

        assertThat(count(
                        "select count(*) from evaluation_plan where hub_id is null and project_id = "
                                + "(select id from project where code = ?)",
                        group.projectCode()))
                .as("one new version, however many changes follow")
                .isEqualTo(2);
        assertThat(page(plan, SignedIn.NATIONAL).text()).contains("Version 2");
        assertThat(page("/evaluation/work-groups/" + group.id(), SignedIn.HUB_LEAD)
                        .text())
                .contains("under plan version 1");

        Document invalid = html(post(plan + "/questions/new")
                .with(csrf())
                .with(signedIn.as(SignedIn.NATIONAL))
                .param("kind", "SINGLE")
                .param("text", "")
                .param("options", "Only one"));
        assertThat(invalid.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#text", "#options", "#surveys");
        mvc.perform(get(plan).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());
    }

    @Test
    void aQuestionIsChangedOnlyIfItIsStillTheOneThePersonOpened() throws Exception {
        String plan = "/evaluation/projects/" + otherProject() + "/plan";
        List<String> texts = List.of("Sessions suited my phase.", "I tried the approach in class.");
        for (String text : texts) {
            mvc.perform(post(plan + "/questions/new")
                            .with(csrf())
                            .with(signedIn.as(SignedIn.NATIONAL))
                            .param("kind", "AGREEMENT")
                            .param("text", text)
                            .param("area", "PRACTICE")
                            .param("surveys", "FINAL"))
                    .andExpect(redirectedUrl(plan));
        }
        int first = page(plan, SignedIn.NATIONAL)
                        .select("input[name=was]")
                        .eachAttr("value")
                        .indexOf(texts.get(0))
                + 1;
        String opened = page(plan + "/questions/" + first, SignedIn.NATIONAL)
                .select("input[name=was]")
                .val();
        assertThat(opened).as("the form carries the question it opened").isEqualTo(texts.get(0));
        mvc.perform(post(plan + "/questions/" + first + "/remove")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("was", texts.get(0)))
                .andExpect(flash().attributeExists("confirmation"));

        Document stale = html(post(plan + "/questions/" + first)
                .with(csrf())
                .with(signedIn.as(SignedIn.NATIONAL))
                .param("was", opened)
                .param("kind", "AGREEMENT")
                .param("text", "Sessions suited my phase and my school.")
                .param("area", "PRACTICE")
                .param("surveys", "FINAL"));
        assertThat(stale.select(".govuk-error-summary").text())
                .contains("question " + first + " is no longer the one you chose", "Nothing was changed");
        assertThat(stale.select("textarea[name=text]").text())
                .as("what they typed is still there to copy")
                .isEqualTo("Sessions suited my phase and my school.");
        assertThat(page(plan, SignedIn.NATIONAL).select("input[name=was]").eachAttr("value"))
                .as("the question that moved into its place is not overwritten")
                .contains(texts.get(1))
                .doesNotContain(texts.get(0), "Sessions suited my phase and my school.");
    }

    /** A project of this year whose plan no other test here changes. */
    private String otherProject() {
        return jdbc.queryForObject(
                "select min(code) from project where academic_year = ? and code <> ?",
                String.class,
                year().startYear(),
                group(year(), "Development 1").projectCode());
    }

    /** The words of the question at a position, as the plan's "Remove" form sends them. */
    private String shown(String plan, int position) throws Exception {
        return page(plan, SignedIn.NATIONAL)
                .select("form[action$=/questions/" + position + "/remove] input[name=was]")
                .val();
    }

    @Test
    void aHubAsksItsOwnQuestionsAfterTheNationalOnesAndEnglandsFiguresLeaveThemOut() throws Exception {
        WorkGroupBrief group = group(year(), "Development 1");
        String local = "/evaluation/projects/" + group.projectCode() + "/local-questions";
        String question = "Our hub's reasoning resources helped my planning.";
        assertThat(page(local, SignedIn.HUB_LEAD).select("ol li").eachText())
                .as("the national questions, shown to the hub but not theirs to change")
                .isNotEmpty();
        Document invalid = html(post(local + "/questions/new")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("kind", "AGREEMENT")
                .param("text", question)
                .param("surveys", "FINAL"));
        assertThat(invalid.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#area");
        mvc.perform(post(local + "/questions/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("kind", "AGREEMENT")
                        .param("text", question)
                        .param("area", "PRACTICE")
                        .param("surveys", "BASELINE", "FINAL"))
                .andExpect(redirectedUrl(local));
        Document twice = html(post(local + "/questions/new")
                .with(csrf())
                .with(signedIn.as(SignedIn.HUB_LEAD))
                .param("kind", "AGREEMENT")
                .param("text", question)
                .param("area", "PRACTICE")
                .param("surveys", "BASELINE", "FINAL"));
        assertThat(twice.select(".govuk-error-summary a").eachAttr("href"))
                .as("the form sent twice adds the question once")
                .containsExactly("#text");
        assertThat(count("select count(*) from evaluation_question where text = ?", question))
                .isEqualTo(1);

        assertThat(page(local, SignedIn.HUB_LEAD_2).text())
                .as("another hub has its own questions, not this one's")
                .doesNotContain(question)
                .contains("Your hub has no questions of its own");
        String national = "/evaluation/projects/" + group.projectCode() + "/plan";
        mvc.perform(post(national + "/questions/1/remove").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD)))
                .andExpect(status().isForbidden());
        mvc.perform(get(local).with(signedIn.as(SignedIn.LLME))).andExpect(status().isForbidden());
        mvc.perform(get(local).with(signedIn.as(SignedIn.NATIONAL))).andExpect(status().isForbidden());

        Opened opened = openSurvey(group, "FINAL");
        String token = opened.token();
        int sections = Integer.parseInt(html(get("/survey/" + token + "/1"))
                .select(".govuk-caption-l")
                .text()
                .replaceAll(".* of ", ""));
        StringBuilder asked = new StringBuilder();
        for (int s = 1; s <= sections; s++) {
            Document section = html(get("/survey/" + token + "/" + s));
            asked.append(section.select("legend").eachText());
            MockHttpServletRequestBuilder answer =
                    post("/survey/" + token + "/" + s).with(csrf());
            section.select("input[type=radio][value=4]").eachAttr("name").forEach(name -> answer.param(name, "4"));
            section.select("input.govuk-input").eachAttr("name").forEach(name -> answer.param(name, "3"));
            mvc.perform(answer);
        }
        assertThat(asked.toString()).contains(question);
        mvc.perform(post("/survey/" + token + "/check").with(csrf()));
        assertThat(count("select count(*) from evaluation_response where survey_id = ?", opened.surveyId()))
                .isEqualTo(1);

        assertThat(page("/evaluation/work-groups/" + group.id(), SignedIn.HUB_LEAD)
                        .text())
                .contains(question);
        String results = "/evaluation/projects/" + group.projectCode() + "/results?year=" + year().slug();
        assertThat(page(results, SignedIn.HUB_LEAD).text()).contains(question);
        assertThat(page(results, SignedIn.NATIONAL).text())
                .as("England's figures are the national questions'")
                .doesNotContain(question);
        assertThat(page(results + "&hub=demo-maths-hub", SignedIn.NATIONAL).text())
                .contains(question);
    }

    @Test
    void whereThePlanSaysSoEachSchoolsMathsLeadOrHeadteacherIsInvitedToo() throws Exception {
        WorkGroupBrief group = withAFreshSchool("Development 2");
        String plan = "/evaluation/projects/" + group.projectCode() + "/plan";
        mvc.perform(post(plan + "/contacts")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("contacts", "FINAL"))
                .andExpect(status().isForbidden());
        mvc.perform(post(plan + "/contacts")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.NATIONAL))
                        .param("contacts", "FINAL", "SESSION"))
                .andExpect(redirectedUrl(plan));
        assertThat(page(plan, SignedIn.NATIONAL)
                        .select("input[name=contacts][checked]")
                        .eachAttr("value"))
                .containsExactly("FINAL");

        Opened opened = openSurvey(group, "FINAL");

        String holding = "select id from enrolment where work_group_id = ? "
                + "and status in ('ACCEPTED', 'COMPLETED', 'NOT_COMPLETED')";
        List<String> contacts = jdbc.queryForList(
                "select lower(applied_by) from enrolment where id in (" + holding + ") and lower(applied_by) not in "
                        + "(select lower(email) from participant where enrolment_id in (" + holding + "))",
                String.class,
                group.id(),
                group.id());
        List<String> invited = jdbc.queryForList(
                "select email from evaluation_invitation where survey_id = ? and participant_id is null",
                String.class,
                opened.surveyId());
        assertThat(contacts).isNotEmpty();
        assertThat(invited)
                .as("each school's contact once, however many places they applied for")
                .containsExactlyInAnyOrderElementsOf(
                        contacts.stream().distinct().toList());
        assertThat(jdbc.queryForObject(
                        "select body from outbound_email where kind = 'evaluation.invitation' and recipient = ?",
                        String.class,
                        invited.get(0)))
                .startsWith("Dear colleague at ")
                .containsPattern(LINK);
        assertThat(count(
                        "select count(*) from evaluation_invitation where survey_id = ? and participant_id is null "
                                + "and pair_key in (select pair_key from evaluation_invitation where participant_id is not null)",
                        opened.surveyId()))
                .as("a contact's answers never pair with a participant's")
                .isZero();
    }

    record Opened(WorkGroupBrief group, long surveyId, String token) {}

    /** Opens the baseline survey of one of this year's groups, after a fresh primary school applied to it. */
    private Opened openSurveyForAFreshSchool(String name) throws Exception {
        return openSurvey(withAFreshSchool(name), "BASELINE");
    }

    /** One of this year's groups, after a fresh primary school applied to it. */
    private WorkGroupBrief withAFreshSchool(String name) {
        WorkGroupBrief group = group(year(), name);
        int urn = FreshSchools.primary(schools, applications, "882", 40);
        HubScope.asSystem(() -> enrolments.apply(new Enrolments.Application(
                group.id(),
                urn,
                Nominees.forRoles(terms.of(group.id()).orElseThrow().requiredRoles(), urn),
                "head@" + urn + ".test")));
        return group;
    }

    /** Opens a survey of the group as the hub lead, closing in a fortnight; with one invitee's link. */
    private Opened openSurvey(WorkGroupBrief group, String kind) throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate closes = today.plusDays(14);
        mvc.perform(post("/evaluation/work-groups/" + group.id() + "/surveys/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("kind", kind)
                        .param("opensDay", String.valueOf(today.getDayOfMonth()))
                        .param("opensMonth", String.valueOf(today.getMonthValue()))
                        .param("opensYear", String.valueOf(today.getYear()))
                        .param("closesDay", String.valueOf(closes.getDayOfMonth()))
                        .param("closesMonth", String.valueOf(closes.getMonthValue()))
                        .param("closesYear", String.valueOf(closes.getYear())))
                .andExpect(redirectedUrl("/evaluation/work-groups/" + group.id()));
        long surveyId = jdbc.queryForObject(
                "select id from evaluation_survey where work_group_id = ? and kind = ?", Long.class, group.id(), kind);
        // The school just applied may wait for a place when other tests filled the group: any invitee's email will do.
        String body = jdbc.queryForObject(
                "select body from outbound_email where kind = 'evaluation.invitation' and recipient in "
                        + "(select email from evaluation_invitation where survey_id = ?) "
                        + "order by id desc fetch first 1 rows only",
                String.class,
                surveyId);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("the invitation carries a personal link").isTrue();
        return new Opened(group, surveyId, link.group(1));
    }

    /** Every file of an XLSX (a zip of XML) as one text. */
    private static String unzipped(byte[] xlsx) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("responses", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            StringBuilder text = new StringBuilder();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(
                            zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return text.toString();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
