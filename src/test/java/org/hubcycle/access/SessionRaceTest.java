package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubcycle.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** Two requests of one session adding the same attribute at once must both succeed (found under load: a 500). */
@IntegrationTest
class SessionRaceTest {

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> jdbcSessions;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsAddingTheSameAttributeBothSave() {
        org.springframework.session.SessionRepository sessions = jdbcSessions;
        Session created = (Session) sessions.createSession();
        sessions.save(created);

        Session first = (Session) sessions.findById(created.getId());
        Session second = (Session) sessions.findById(created.getId());
        first.setAttribute("csrf", "token-from-first-request");
        second.setAttribute("csrf", "token-from-second-request");
        sessions.save(first);
        sessions.save(second);

        assertThat(((Session) sessions.findById(created.getId())).<String>getAttribute("csrf"))
                .isEqualTo("token-from-second-request");
        sessions.deleteById(created.getId());
    }
}
