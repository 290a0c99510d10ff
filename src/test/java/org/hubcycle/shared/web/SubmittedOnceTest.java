package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hubcycle.support.Mailbox;
import org.hubcycle.support.RunningServerTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.hubcycle.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A form sent twice does its work once: the same form, sent twice at the same moment (a double click) or
 * again later (a resend), schedules one meeting, and both requests are sent to it. A new copy of the form
 * schedules another, and a form shown again with its errors can be corrected and sent.
 */
class SubmittedOnceTest extends RunningServerTest {

    private static final String FORM = "/llmes/meetings/new";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SubmittedOnce.Submissions submissions;

    @Test
    void theSameFormSentTwiceAtOnceSchedulesOneMeeting() throws Exception {
        WebSession lead = signedIn(SignedIn.HUB_LEAD, "demo");
        String title = Unique.name("Network meeting");
        Map<String, String> fields = filledIn(lead, title);
        assertThat(fields.get(SubmittedOnce.FIELD))
                .as("the form carries a submission token")
                .hasSize(22);

        CompletableFuture<HttpResponse<String>> first = send(lead, fields);
        CompletableFuture<HttpResponse<String>> second = send(lead, fields);
        List<String> sentTo = List.of(location(first.get()), location(second.get()));

        assertThat(meetings(title)).isEqualTo(1);
        assertThat(sentTo.get(0))
                .as("both clicks end on the meeting")
                .contains("/llmes/meetings/")
                .isEqualTo(sentTo.get(1));
        assertThat(location(lead.post(FORM, FORM, fields)))
                .as("sent again later, it is sent to the same meeting")
                .isEqualTo(sentTo.get(0));
        assertThat(meetings(title)).isEqualTo(1);

        lead.post(FORM, FORM, filledIn(lead, title));
        assertThat(meetings(title))
                .as("a new copy of the form schedules another")
                .isEqualTo(2);
    }

    @Test
    void someoneElseSendingTheFormIsRefusedAndNotToldWhereItLed() throws Exception {
        WebSession lead = signedIn(SignedIn.HUB_LEAD, "demo");
        String title = Unique.name("Network meeting");
        Map<String, String> fields = filledIn(lead, title);
        location(lead.post(FORM, FORM, fields));

        HttpResponse<String> other = signedIn(SignedIn.HUB_LEAD_2, "demo").post(FORM, FORM, fields);
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("Location")).isEmpty();
        assertThat(meetings(title)).isEqualTo(1);
    }

    @Test
    void aFormShownAgainWithItsErrorsCanBeCorrectedAndSent() throws Exception {
        WebSession lead = signedIn(SignedIn.HUB_LEAD, "demo");
        String title = Unique.name("Network meeting");
        Map<String, String> fields = filledIn(lead, title);
        Map<String, String> blank = new LinkedHashMap<>(fields);
        blank.put("title", "");

        HttpResponse<String> refused = lead.post(FORM, FORM, blank);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select(".govuk-error-summary")).isNotEmpty();
        assertThat(location(lead.post(FORM, FORM, fields))).contains("/llmes/meetings/");
        assertThat(meetings(title)).isEqualTo(1);
    }

    @Test
    void tokensAreForgottenAfterADay() {
        jdbc.update(
                "insert into form_submission (token, made_by, outcome, received_at) values (?, ?, ?, ?)",
                "old-token-of-22-chars_",
                SignedIn.HUB_LEAD,
                "/llmes/meetings/1",
                Timestamp.from(clock.instant().minus(Duration.ofHours(25))));
        String recent = SubmittedOnce.newToken();
        jdbc.update(
                "insert into form_submission (token, received_at) values (?, ?)",
                recent,
                Timestamp.from(clock.instant().minus(Duration.ofHours(23))));

        submissions.forgetOld();

        assertThat(jdbc.queryForList("select token from form_submission", String.class))
                .contains(recent)
                .doesNotContain("old-token-of-22-chars_");
    }

    @Test
    void formsSentWithGetAndTheSignOutFormCarryNoToken() throws Exception {
        WebSession lead = signedIn(SignedIn.HUB_LEAD, "demo");
        Document register = Jsoup.parse(lead.get("/llmes").body());
        assertThat(register.select("form[method=get]")).isNotEmpty();
        assertThat(register.select("form[action$=/logout]")).isNotEmpty();
        assertThat(register.select("input[name=" + SubmittedOnce.FIELD + "]")).isEmpty();
        assertThat(Jsoup.parse(lead.get(FORM).body()).select("input[name=" + SubmittedOnce.FIELD + "]"))
                .hasSize(1);
    }

    @Test
    void aVisitorAskingForAPasswordResetTwiceWithOneFormIsEmailedOnce() throws Exception {
        String page = "/password/forgotten";
        WebSession visitor = new WebSession(PORT);
        FormElement form = (FormElement)
                Jsoup.parse(visitor.get(page).body(), url(page)).selectFirst("form[action$=" + page + "]");
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.put(field.key(), field.value()));
        String email = Unique.email("twice");
        fields.put("email", email);

        assertThat(location(visitor.post(page, page, fields))).endsWith("/password/sent");
        assertThat(location(visitor.post(page, page, fields)))
                .as("sent again, it leads to the same page")
                .endsWith("/password/sent");
        assertThat(new Mailbox(jdbc).count(email)).as("and sends nothing more").isEqualTo(1);
    }

    /** The meeting form as the page gives it, hidden fields and all, filled in for a meeting next month. */
    private Map<String, String> filledIn(WebSession session, String title) throws Exception {
        FormElement form = (FormElement)
                Jsoup.parse(session.get(FORM).body(), url(FORM)).selectFirst("form[action$=" + FORM + "]");
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.put(field.key(), field.value()));
        LocalDate day = LocalDate.now(clock).plusMonths(1);
        fields.put("title", title);
        fields.put("day", String.valueOf(day.getDayOfMonth()));
        fields.put("month", String.valueOf(day.getMonthValue()));
        fields.put("year", String.valueOf(day.getYear()));
        fields.put("startTime", "16:00");
        fields.put("endTime", "17:30");
        fields.put("venue", "Abbeyvale Teaching School");
        return fields;
    }

    private static CompletableFuture<HttpResponse<String>> send(WebSession session, Map<String, String> fields) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return session.post(FORM, FORM, fields);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private long meetings(String title) {
        return jdbc.queryForObject("select count(*) from network_meeting where title = ?", Long.class, title);
    }
}
