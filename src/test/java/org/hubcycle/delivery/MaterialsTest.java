package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A session's lead links its materials; its participants open them from their sessions; nobody else changes them. */
class MaterialsTest extends DeliveryFixtures {

    @Test
    void aLeadLinksASessionsMaterialsAndItsParticipantsSeeThem() throws Exception {
        SessionView session = session("Development 1", 1);
        String page = "/delivery/sessions/" + session.id() + "/materials";

        assertThat(html(add(page, SignedIn.WGL, "", "https://www.ncetm.org.uk/"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Say what the link is");
        assertThat(html(add(page, SignedIn.WGL, "Slides", "javascript:alert(1)"))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Enter a whole web address starting https://");
        mvc.perform(add(page, SignedIn.WGL, "Slides", "https://www.ncetm.org.uk/session-1-slides"))
                .andExpect(redirectedUrl(page));

        assertThat(page(page, SignedIn.WGL).select("#materials").text()).contains("Slides");
        assertThat(page("/delivery/work-groups/" + session.workGroupId(), SignedIn.HUB_LEAD)
                        .select("a[href=https://www.ncetm.org.uk/session-1-slides]"))
                .hasSize(1);
        assertThat(page("/my-sessions", PARTICIPANT)
                        .select("#session-" + session.id() + " a[href^=https://www.ncetm]")
                        .eachText())
                .containsExactly("Slides");

        // Another hub, hub staff and roles with no part in it.
        mvc.perform(get(page).with(signedIn.as(SignedIn.HUB_LEAD_2))).andExpect(status().isNotFound());
        mvc.perform(add(page, SignedIn.HUB_LEAD_2, "Mine", "https://example.org/"))
                .andExpect(status().isNotFound());
        mvc.perform(post(page)
                        .with(csrf())
                        .with(signedIn.asStaffOf(hubs.getBySlug("demo-maths-hub")))
                        .param("title", "Staff")
                        .param("url", "https://example.org/"))
                .andExpect(status().isNotFound());
        for (String who : List.of(SignedIn.PARTICIPANT, SignedIn.SCHOOL, SignedIn.LLME)) {
            mvc.perform(get(page).with(signedIn.as(who))).andExpect(status().isForbidden());
        }

        long material = jdbc.queryForObject(
                "select id from session_material where session_id = ? and title = 'Slides'", Long.class, session.id());
        mvc.perform(post(page + "/" + material + "/remove").with(csrf()).with(signedIn.as(SignedIn.HUB_LEAD_2)))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/" + material + "/remove").with(csrf()).with(signedIn.as(SignedIn.WGL)))
                .andExpect(redirectedUrl(page));
        assertThat(page("/my-sessions", PARTICIPANT).select("a[href^=https://www.ncetm]"))
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "select type from audit_event where type like 'delivery.material-%' order by id desc fetch first 2 rows only",
                        String.class))
                .containsExactly("delivery.material-removed", "delivery.material-added");
    }

    private MockHttpServletRequestBuilder add(String page, String who, String title, String url) {
        return post(page)
                .with(csrf())
                .with(signedIn.as(who))
                .param("title", title)
                .param("url", url);
    }
}
