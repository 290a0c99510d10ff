package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.hubcycle.delivery.internal.Sessions.SessionView;
import org.hubcycle.support.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The session form for a session that exists: each field keeps its own id (the page also knows the
 * session's id, which a field left without one must not take), so every label and error link finds it.
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
}
