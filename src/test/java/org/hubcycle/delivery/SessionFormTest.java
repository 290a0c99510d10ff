package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.FormPost;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The session form for a session that exists: each field keeps its own id (the page also knows the
 * session's id, which a field left without one must not take), so every label and error link finds it; and
 * a form opened before someone else saved the session cannot undo their change.
 */
class SessionFormTest extends DeliveryFixtures {

    @Test
    void everyFieldOfTheEditFormHasItsOwnId() throws Exception {
        SessionView later = session("Development 1", 3);
        Document form = page("/delivery/sessions/" + later.id() + "/edit", SignedIn.WGL);
        assertThat(form.select("textarea").eachAttr("id")).containsExactly("agenda", "task", "reason");
        List<String> ids = form.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).as("no id twice").hasSameSizeAs(ids);
        form.select("label[for]")
                .forEach(label -> assertThat(form.getElementById(label.attr("for")))
                        .as("the field of label " + label.text())
                        .isNotNull());
    }

    @Test
    void aFormOpenedBeforeSomeoneElseSavedTheSessionCannotUndoTheirChange() throws Exception {
        SessionView session = session("Development 1", 2);
        String edit = "/delivery/sessions/" + session.id() + "/edit";
        Map<String, String> wglOpened = FormPost.fields(page(edit, SignedIn.WGL), edit);
        Map<String, String> leadOpened = FormPost.fields(page(edit, SignedIn.HUB_LEAD), edit);
        assertThat(wglOpened.get("version")).isEqualTo(String.valueOf(session.version()));

        mvc.perform(FormPost.post(edit, signedIn.as(SignedIn.HUB_LEAD), leadOpened, "agenda", "The lead's agenda."))
                .andExpect(redirectedUrl("/delivery/work-groups/" + session.workGroupId()));
        Document refused =
                html(FormPost.post(edit, signedIn.as(SignedIn.WGL), wglOpened, "agenda", "The WGL's agenda."));

        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Someone else saved changes to this session after you opened it");
        assertThat(refused.select("textarea[name=agenda]").text())
                .as("what they entered is kept")
                .isEqualTo("The WGL's agenda.");
        assertThat(agenda(session.id())).isEqualTo("The lead's agenda.");

        mvc.perform(FormPost.post(edit, signedIn.as(SignedIn.HUB_LEAD_2), leadOpened, "agenda", "Another hub's."))
                .andExpect(status().isNotFound());
        assertThat(agenda(session.id())).isEqualTo("The lead's agenda.");
    }

    private String agenda(long sessionId) {
        return HubScope.asSystem(() -> sessions.find(sessionId)).orElseThrow().agenda();
    }
}
