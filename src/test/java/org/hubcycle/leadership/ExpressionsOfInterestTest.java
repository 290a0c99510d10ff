package org.hubcycle.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.People;
import org.hubcycle.leadership.domain.EoiRound;
import org.hubcycle.leadership.domain.Expression;
import org.hubcycle.leadership.internal.ExpressionsOfInterest;
import org.hubcycle.leadership.internal.LeadershipTerms.Capacity;
import org.hubcycle.leadership.internal.LeadershipTerms.EoiStatus;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.TestKeys;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A round of expressions of interest from both sides: LLMEs offer to lead, co-lead or take part
 * and may change their minds until the deadline; the hub lead commissions at most two leads, who
 * are emailed and given the work group lead role. Nobody sees another LLME's, or another hub's.
 */
@IntegrationTest
class ExpressionsOfInterestTest extends LeadershipFixtures {

    static final String DEMO = "demo-maths-hub";

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExpressionsOfInterest interest;

    @Autowired
    Dates dates;

    @Autowired
    People people;

    @Autowired
    UserDetailsService users;

    @Test
    void anLlmeExpressesInterestChangesItAndWithdrawsItUntilTheDeadline() throws Exception {
        EoiRound round = round(DEMO, "second call");
        WorkGroupBrief earlyYears = group(DEMO, "Early Years");
        String path = "/interest/" + round.getId() + "/" + earlyYears.id();

        // What leading it would ask of them, as the hub planned the work group (not yet published).
        Map<String, Object> planned = jdbc.queryForMap(
                "select session_count, capacity_schools from work_group where id = ?", earlyYears.id());
        assertThat(page(path, SignedIn.LLME).select("#plan").text())
                .contains(
                        "Sessions " + planned.get("session_count") + " session",
                        "Places " + planned.get("capacity_schools") + " schools");

        Document empty = submitAs(SignedIn.LLME, path, "capacity", "", "experience", " ");
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#capacity", "#experience");

        express(SignedIn.LLME, path, "CO_LEAD", "I run early maths training for our nursery staff.");
        assertThat(page("/interest", SignedIn.LLME).select("table").last().text())
                .contains("Early Years", "Co-lead it", "Submitted");

        express(SignedIn.LLME, path, "LEAD", "I would rather lead it.");
        Expression changed = expression(round.getId(), earlyYears.id(), SignedIn.LLME);
        assertThat(changed.getCapacity()).isEqualTo(Capacity.LEAD);
        assertThat(changed.getExperience()).isEqualTo("I would rather lead it.");

        mvc.perform(post(path + "/withdraw").with(csrf()).with(signedIn.as(SignedIn.LLME)))
                .andExpect(redirectedUrl("/interest"));
        assertThat(expression(round.getId(), earlyYears.id(), SignedIn.LLME).getStatus())
                .isEqualTo(EoiStatus.WITHDRAWN);
        assertThat(page("/interest", SignedIn.LLME).select("table").last().text())
                .contains("Early Years", "Withdrawn");

        express(SignedIn.LLME, path, "PARTICIPANT", "On reflection, I would like to take part.");
        assertThat(expression(round.getId(), earlyYears.id(), SignedIn.LLME).getStatus())
                .isEqualTo(EoiStatus.SUBMITTED);
    }

    @Test
    void afterTheDeadlineAnExpressionOfInterestCannotBeMade() throws Exception {
        WorkGroupBrief coreMaths = group(DEMO, "Core Maths");
        EoiRound closed = HubScope.asSystem(() -> rounds.save(new EoiRound(
                hub(DEMO),
                year(),
                "Closed yesterday",
                LocalDate.now(clock).minusDays(1),
                Set.of(coreMaths.id()),
                clock.instant())));
        Document refused = submitAs(
                SignedIn.LLME,
                "/interest/" + closed.getId() + "/" + coreMaths.id(),
                "capacity",
                "LEAD",
                "experience",
                "Too late?");
        assertThat(refused.select(".govuk-error-summary").text()).contains("has passed");
        long nadia = HubScope.asSystem(() -> register.llmeOf(SignedIn.LLME)).orElseThrow();
        assertThat(HubScope.asSystem(
                        () -> expressions.findByRoundIdAndWorkGroupIdAndLlmeId(closed.getId(), coreMaths.id(), nadia)))
                .isEmpty();
        assertThat(page("/interest", SignedIn.LLME).text()).doesNotContain("Closed yesterday");
    }

    @Test
    void anLlmeSeesOnlyTheirOwnExpressionsOfInterestAndTheirOwnHubsRounds() throws Exception {
        Document mine = page("/interest", SignedIn.LLME);
        assertThat(mine.text())
                .contains("second call")
                .doesNotContain("lesson study", "Northfield leads", "Owen Pritchard");

        EoiRound northfield = round("northfield-maths-hub", "Northfield leads");
        long northfieldGroup = northfield.getWorkGroupIds().iterator().next();
        mvc.perform(get("/interest/" + northfield.getId() + "/" + northfieldGroup)
                        .with(signedIn.as(SignedIn.LLME)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/interest/" + northfield.getId() + "/" + northfieldGroup)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.LLME))
                        .param("capacity", "LEAD")
                        .param("experience", "Across the border"))
                .andExpect(status().isNotFound());

        EoiRound round = round(DEMO, "second call");
        WorkGroupBrief secondary = group(DEMO, "Secondary Development 3 (not yet agreed)");
        Expression owens = expression(round.getId(), secondary.id(), "owen.pritchard@demo-school.test");
        mvc.perform(get("/llmes/rounds/" + round.getId() + "/work-groups/" + secondary.id())
                        .with(signedIn.as(SignedIn.LLME)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/llmes/rounds/" + round.getId() + "/work-groups/" + secondary.id() + "/expressions/"
                                + owens.getId())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.LLME))
                        .param("decision", "DECLINE")
                        .param("message", "No"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/interest").with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());
    }

    @Test
    void anotherHubCannotSeeARoundOrDecideOnItsExpressionsOfInterest() throws Exception {
        EoiRound round = round(DEMO, "second call");
        WorkGroupBrief secondary = group(DEMO, "Secondary Development 3 (not yet agreed)");
        Expression owens = expression(round.getId(), secondary.id(), "owen.pritchard@demo-school.test");
        mvc.perform(get("/llmes/rounds/" + round.getId()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/llmes/rounds/" + round.getId() + "/work-groups/" + secondary.id())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/llmes/rounds/" + round.getId() + "/work-groups/" + secondary.id() + "/expressions/"
                                + owens.getId())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD_2))
                        .param("decision", "COMMISSION"))
                .andExpect(status().isNotFound());
        assertThat(expression(round.getId(), secondary.id(), "owen.pritchard@demo-school.test")
                        .getStatus())
                .isNotEqualTo(EoiStatus.COMMISSIONED);
        assertThat(page("/llmes/rounds", SignedIn.HUB_LEAD_2).text())
                .contains("Northfield leads")
                .doesNotContain("second call");
    }

    @Test
    void theHubLeadCommissionsAtMostTwoLeadsAndTellsTheOthersWhy() throws Exception {
        EoiRound round = round(DEMO, "second call");
        WorkGroupBrief development = group(DEMO, "Development 5 (not yet agreed)");
        String page = "/llmes/rounds/" + round.getId() + "/work-groups/" + development.id();
        express(
                SignedIn.LLME,
                "/interest/" + round.getId() + "/" + development.id(),
                "LEAD",
                "I have supported three schools through Development.");

        Document sideBySide = page(page, SignedIn.HUB_LEAD);
        assertThat(sideBySide.select(".govuk-summary-card__title").eachText())
                .contains("Ruth Adeyemi", "Jonah Whitcombe", "Nadia Okafor");
        assertThat(sideBySide.select(".govuk-summary-card").text())
                .contains("Accredited PD Lead", "MAT maths lead", "Specialist Leader of Education");

        Expression ruth = expression(round.getId(), development.id(), "ruth.adeyemi@demo-school.test");
        Expression jonah = expression(round.getId(), development.id(), "jonah.whitcombe@demo-school.test");
        Expression nadia = expression(round.getId(), development.id(), SignedIn.LLME);
        decide(page, ruth, "COMMISSION", "Welcome aboard.");
        decide(page, jonah, "COMMISSION", "");
        WorkGroupBrief led = group(DEMO, "Development 5 (not yet agreed)");
        assertThat(led.leadPersonId()).isEqualTo(person("ruth.adeyemi@demo-school.test"));
        assertThat(led.coLeadPersonId()).isEqualTo(person("jonah.whitcombe@demo-school.test"));
        String terms = "/llmes/payments/work-groups/" + led.id() + "/leads/" + person("ruth.adeyemi@demo-school.test");
        assertThat(page(page, SignedIn.HUB_LEAD)
                        .select("#candidate-" + ruth.getId() + " a[href=" + terms + "]")
                        .text())
                .as("a commissioned lead's card leads to recording what the hub pays them")
                .isEqualTo("Record what the hub pays Ruth Adeyemi for leading it");
        assertThat(page(terms, SignedIn.HUB_LEAD).select("h1").text()).isEqualTo("Ruth Adeyemi");

        Document third = submit(page + "/expressions/" + nadia.getId(), "decision", "COMMISSION", "message", "");
        assertThat(third.select(".govuk-error-summary").text()).contains("already has two leads");
        assertThat(third.select(".govuk-error-summary a").attr("href")).isEqualTo("#decision-" + nadia.getId());
        assertThat(expression(round.getId(), development.id(), SignedIn.LLME).getStatus())
                .isEqualTo(EoiStatus.SUBMITTED);

        Document noReason = submit(page + "/expressions/" + nadia.getId(), "decision", "DECLINE", "message", " ");
        assertThat(noReason.select(".govuk-error-summary a").attr("href")).isEqualTo("#message-" + nadia.getId());
        decide(page, nadia, "DECLINE", "Both places are taken; we hope you will lead next year.");

        Document outcome = page("/interest", SignedIn.LLME);
        assertThat(outcome.select("table").last().text())
                .contains(
                        "Development 5",
                        "Not taken forward",
                        "Both places are taken; we hope you will lead next year.");
        assertThat(HubScope.asSystem(() -> outbox.list("ruth.adeyemi@demo-school.test", PageRequest.of(0, 10)))
                        .getContent())
                .anySatisfy(e -> {
                    assertThat(e.subject()).isEqualTo("You are commissioned to lead Development 5 (not yet agreed)");
                    assertThat(e.body()).contains("Welcome aboard.");
                });
        assertThat(HubScope.asSystem(() -> outbox.list(SignedIn.LLME, PageRequest.of(0, 10)))
                        .getContent())
                .anySatisfy(e -> assertThat(e.body()).contains("we hope you will lead next year"));
        assertThat(page("/audit?type=leadership.eoi-commission", SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains("Ruth Adeyemi");
        assertThat(page("/audit?type=catalogue.work-group-lead-added", SignedIn.HUB_LEAD)
                        .select("tbody")
                        .text())
                .contains("Lead: Ruth Adeyemi", "Co-lead: Jonah Whitcombe")
                .doesNotContain("person ");
        assertThat(page("/outbox?to=ruth.adeyemi@demo-school.test", SignedIn.NATIONAL)
                        .select("tbody")
                        .text())
                .contains("You are commissioned to lead Development 5");
        mvc.perform(get("/outbox").with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());
    }

    @Test
    void aCommissionedLeadIsGivenTheRoleAndSeesOnlyTheWorkGroupsTheyLead() throws Exception {
        EoiRound round = round(DEMO, "second call");
        WorkGroupBrief secondary = group(DEMO, "Secondary Development 3 (not yet agreed)");
        assertThat(users.loadUserByUsername(SignedIn.LLME).getAuthorities())
                .extracting(Object::toString)
                .doesNotContain("ROLE_WORK_GROUP_LEAD");
        mvc.perform(get("/leading").with(signedIn.as(SignedIn.LLME))).andExpect(status().isForbidden());

        express(
                SignedIn.LLME,
                "/interest/" + round.getId() + "/" + secondary.id(),
                "CO_LEAD",
                "Secondary SLE for four years.");
        decide(
                "/llmes/rounds/" + round.getId() + "/work-groups/" + secondary.id(),
                expression(round.getId(), secondary.id(), SignedIn.LLME),
                "COMMISSION",
                "");
        assertThat(group(DEMO, "Secondary Development 3 (not yet agreed)").coLeadPersonId())
                .isEqualTo(person(SignedIn.LLME));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(users.loadUserByUsername(SignedIn.LLME).getAuthorities())
                                .extracting(Object::toString)
                                .contains("ROLE_WORK_GROUP_LEAD", "ROLE_LLME"));
        assertThat(page("/leading", SignedIn.LLME).select("tbody").text())
                .contains("Secondary Development 3")
                .doesNotContain("Development 1 ");
        assertThat(page("/leading/" + secondary.id(), SignedIn.LLME)
                        .select(".govuk-summary-list")
                        .text())
                .contains("Nadia Okafor");
        long samirsGroup = group(DEMO, "Development 1").id();
        mvc.perform(get("/leading/" + samirsGroup).with(signedIn.as(SignedIn.LLME)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/leading/" + secondary.id()).with(signedIn.as(SignedIn.WGL)))
                .andExpect(status().isNotFound());
        assertThat(page("/leading", SignedIn.WGL).select("tbody").text())
                .contains("Development 1")
                .doesNotContain("Secondary Development 3");
    }

    @Test
    void aHubLeadOpensARoundForTheirOwnWorkGroupsWithADeadlineAhead() throws Exception {
        String path = "/llmes/rounds/new?year=" + year().slug();
        Document nothing = submit(path, "title", "", "deadlineDay", "31", "deadlineMonth", "2", "deadlineYear", "2027");
        assertThat(nothing.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#title", "#deadlineDay", "#workGroupIds");

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        WorkGroupBrief mine = group(DEMO, "GCSE Resit");
        Document past = submit(
                path,
                "title",
                "Too late",
                "deadlineDay",
                String.valueOf(yesterday.getDayOfMonth()),
                "deadlineMonth",
                String.valueOf(yesterday.getMonthValue()),
                "deadlineYear",
                String.valueOf(yesterday.getYear()),
                "workGroupIds",
                String.valueOf(mine.id()));
        assertThat(past.select(".govuk-error-summary").text()).contains("The deadline must be today or later");
        Document pastAndEmpty = submit(
                path,
                "title",
                "Too late",
                "deadlineDay",
                String.valueOf(yesterday.getDayOfMonth()),
                "deadlineMonth",
                String.valueOf(yesterday.getMonthValue()),
                "deadlineYear",
                String.valueOf(yesterday.getYear()));
        assertThat(pastAndEmpty.select(".govuk-error-summary a").eachAttr("href"))
                .as("every problem at once, in form order")
                .containsExactly("#deadlineDay", "#workGroupIds");

        LocalDate deadline = LocalDate.now(clock).plusDays(10);
        WorkGroupBrief theirs = group("northfield-maths-hub", "Northfield Development 1");
        Document foreign = submit(
                path,
                "title",
                "Borrowed",
                "deadlineDay",
                String.valueOf(deadline.getDayOfMonth()),
                "deadlineMonth",
                String.valueOf(deadline.getMonthValue()),
                "deadlineYear",
                String.valueOf(deadline.getYear()),
                "workGroupIds",
                String.valueOf(theirs.id()));
        assertThat(foreign.select(".govuk-error-summary").text()).contains("Choose work groups from your hub's offer");

        mvc.perform(post(path)
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("title", "Post-16 leads")
                        .param("deadlineDay", String.valueOf(deadline.getDayOfMonth()))
                        .param("deadlineMonth", String.valueOf(deadline.getMonthValue()))
                        .param("deadlineYear", String.valueOf(deadline.getYear()))
                        .param("workGroupIds", String.valueOf(mine.id())))
                .andExpect(redirectedUrlPattern("/llmes/rounds/*"));
        assertThat(page("/interest", SignedIn.LLME).text()).contains("Post-16 leads", "GCSE Resit");
        assertThat(page("/interest", SignedIn.WGL).text()).contains("Post-16 leads");
        assertThat(HubScope.asSystem(() -> outbox.list(SignedIn.LLME, PageRequest.of(0, 20)))
                        .getContent())
                .as("the hub's LLMEs are told the round is open")
                .anySatisfy(e -> {
                    assertThat(e.subject())
                            .isEqualTo("Lead a work group in " + year() + ": expressions of interest are open");
                    assertThat(e.body()).contains("Post-16 leads", "- GCSE Resit", dates.date(deadline), "/interest");
                });
        assertThat(HubScope.asSystem(() -> outbox.list("callum.reyes@northfield-school.test", PageRequest.of(0, 20)))
                        .getContent())
                .noneSatisfy(e -> assertThat(e.body()).contains("Post-16 leads"));
    }

    @Test
    void aRoundsWorkGroupsAreListedByName() throws Exception {
        long id = HubScope.asSystem(() -> interest.open(
                hub(DEMO),
                year(),
                TestKeys.next("Everything"),
                LocalDate.now(clock).plusDays(5),
                offers.briefs(hub(DEMO), year()).stream()
                        .filter(g -> !g.cancelled())
                        .map(WorkGroupBrief::id)
                        .toList()));
        List<String> names = page("/llmes/rounds/" + id, SignedIn.HUB_LEAD)
                .select("tbody tr td:first-child")
                .eachText();
        assertThat(names).hasSizeGreaterThan(3).isSortedAccordingTo(String::compareTo);
    }

    private void express(String user, String path, String capacity, String experience) throws Exception {
        mvc.perform(post(path)
                        .with(csrf())
                        .with(signedIn.as(user))
                        .param("capacity", capacity)
                        .param("experience", experience))
                .andExpect(redirectedUrl("/interest"));
    }

    private void decide(String page, Expression expression, String decision, String message) throws Exception {
        mvc.perform(post(page + "/expressions/" + expression.getId())
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("decision", decision)
                        .param("message", message))
                .andExpect(redirectedUrl(page));
    }

    private long person(String email) {
        return HubScope.asSystem(() -> people.findByEmail(email)).orElseThrow().id();
    }
}
