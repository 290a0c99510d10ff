package org.hubcycle.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.enrolment.internal.ParticipantChanges;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Refused;
import org.hubcycle.support.FreshSchools;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.Nominees;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A school names someone else in a participant's place while its application is open: the newcomer takes the
 * seat and is invited, the one replaced is told and keeps their history; only the school's own contacts may,
 * and not once the application has ended.
 */
@IntegrationTest
class ParticipantChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Applications applications;

    @Autowired
    Seats seats;

    @Autowired
    HubOffers offers;

    @Autowired
    WorkGroupTerms workGroupTerms;

    @Autowired
    Hubs hubs;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ParticipantChanges changes;

    @Autowired
    Clock clock;

    @Test
    void aSchoolNamesSomeoneElseInAParticipantsPlaceUntilItsApplicationEnds() throws Exception {
        WorkGroupBrief group = group("Mastering Number 2");
        int urn = FreshSchools.primary(schools, applications, "881", 0);
        var required = HubScope.asSystem(() -> workGroupTerms.of(group.id()))
                .orElseThrow()
                .requiredRoles();
        long id = HubScope.asSystem(() -> enrolments.apply(new Enrolments.Application(
                group.id(), urn, Nominees.forRoles(required, urn), "head@" + urn + ".test")));
        RequestPostProcessor contact = signedIn.asContactOf(urn);
        String application = "/applications/" + id;
        String first = application + "/participants/1";
        long replacedId = seatOf("p1@" + urn + ".test", group).participantId();

        assertThat(html(get(application).with(contact))
                        .select("a[href=" + first + "]")
                        .text())
                .isEqualTo("Change Participant 1");
        assertThat(html(get(first).with(contact)).select("#name").val()).isEqualTo("Participant 1");

        Document bad = html(change(first, contact, "", "not-an-email", "Class teacher"));
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#email");
        Document twice = html(change(first, contact, "Second Again", "p2@" + urn + ".test", "Class teacher"));
        assertThat(twice.select(".govuk-error-summary").text()).contains("already takes part for your school");

        String grace = "grace.okoro@" + urn + ".test";
        mvc.perform(change(first, contact, "Grace Okoro", grace, "Class teacher"))
                .andExpect(redirectedUrl(application))
                .andExpect(flash().attribute(
                                "confirmation",
                                Matchers.startsWith("Grace Okoro now takes part in place of Participant 1.")));
        assertThat(html(get(application).with(contact)).text())
                .contains("Grace Okoro, Class teacher (Teacher)")
                .doesNotContain("Participant 1,");
        assertThat(HubScope.asSystem(() -> seats.of(group.id())))
                .extracting(Seat::email)
                .contains(grace)
                .doesNotContain("p1@" + urn + ".test");
        assertThat(HubScope.asSystem(() -> seats.byId(List.of(replacedId)))
                        .get(replacedId)
                        .fullName())
                .as("the one replaced still names their attendance so far")
                .isEqualTo("Participant 1");
        assertThat(HubScope.asSystem(() -> seats.heldById(List.of(replacedId)))).isEmpty();
        Mailbox mailbox = new Mailbox(jdbc);
        assertThat(mailbox.latestSubject("p1@" + urn + ".test")).isEqualTo("Your place in Mastering Number 2");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(mailbox.latest(grace)).contains("/invitation?token="));
        assertThat(html(get("/audit?type=enrolment.participant-replaced").with(signedIn.as(SignedIn.HUB_LEAD)))
                        .select("tbody")
                        .text())
                .contains("Grace Okoro in place of Participant 1");

        mvc.perform(change(first, contact, "Grace Okoro-Ade", grace.toUpperCase(), "Class teacher"))
                .andExpect(flash().attribute("confirmation", "Grace Okoro-Ade's details are corrected."));
        assertThat(HubScope.asSystem(() -> seats.of(group.id())))
                .filteredOn(seat -> seat.enrolmentId() == id)
                .extracting(Seat::fullName)
                .containsExactlyInAnyOrder("Grace Okoro-Ade", "Participant 2", "Participant 3");

        mvc.perform(get(first).with(signedIn.as(SignedIn.SCHOOL))).andExpect(status().isNotFound());
        mvc.perform(change(first, signedIn.as(SignedIn.SCHOOL), "Someone", "someone@x.test", "Teacher"))
                .andExpect(status().isNotFound());
        mvc.perform(get(first).with(signedIn.as(SignedIn.HUB_LEAD))).andExpect(status().isForbidden());
        mvc.perform(get(application + "/participants/9").with(contact)).andExpect(status().isNotFound());

        List<Callable<Object>> both = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (String who : List.of("north", "south")) {
            both.add(() -> {
                start.await();
                try {
                    return changes.change(
                            urn,
                            id,
                            2,
                            new Enrolments.ParticipantInput(
                                    "Teacher " + who, who + "@" + urn + ".test", "Teacher", null, null),
                            "head@" + urn + ".test");
                } catch (Refused refused) {
                    return refused.code();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = both.stream().map(pool::submit).toList();
        start.countDown();
        for (Future<Object> result : results) {
            result.get();
        }
        pool.shutdown();
        assertThat(HubScope.asSystem(() -> seats.of(group.id())))
                .filteredOn(seat -> seat.enrolmentId() == id)
                .as("two changes at once leave one participant in the place")
                .hasSize(3);

        HubScope.asSystem(() -> enrolments.withdrawBySchool(urn, id, "The teachers left"));
        assertThat(html(get(application).with(contact)).select("a[href=" + first + "]"))
                .isEmpty();
        assertThat(html(change(first, contact, "Late Comer", "late@" + urn + ".test", "Teacher"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("This application has ended");
    }

    private MockHttpServletRequestBuilder change(
            String path, RequestPostProcessor who, String name, String email, String jobTitle) {
        return post(path)
                .with(csrf())
                .with(who)
                .param("name", name)
                .param("email", email)
                .param("jobTitle", jobTitle)
                .param("trn", "");
    }

    private Seat seatOf(String email, WorkGroupBrief group) {
        return HubScope.asSystem(() -> seats.of(group.id())).stream()
                .filter(s -> s.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    private WorkGroupBrief group(String name) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> offers.briefs(demo, AcademicYear.containing(LocalDate.now(clock)))).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
