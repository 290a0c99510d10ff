package org.hubcycle.access.security;

import java.util.Map;
import org.hubcycle.shared.HubScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a person is signed in with, on any node (they are in the database). When an account
 * changes — a new role, an approved school, a new password — its sessions are brought up to date at
 * once, or ended, so nobody has to sign out and in again to see a role, and a reset password ends every
 * other session.
 */
@Component
public class SignedInSessions {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final HubcycleUserDetailsService users;

    SignedInSessions(
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
            HubcycleUserDetailsService users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** Every session of the person now carries their account as it is (roles, hub, school); ends them if it can no longer sign in (unconfirmed, gone or suspended). */
    public void refresh(String email) {
        withSessions(email, null, (repository, session) -> {
            HubcycleUser now;
            try {
                now = HubScope.asSystem(() -> users.loadUserByUsername(email));
            } catch (UsernameNotFoundException gone) {
                now = null;
            }
            if (now == null || !now.works()) {
                repository.deleteById(session.getId());
                return;
            }
            now.eraseCredentials();
            SecurityContext context = new SecurityContextImpl(
                    UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
            session.setAttribute(CONTEXT, context);
            repository.save(session);
        });
    }

    /** Ends every session of the person but {@code keepSessionId} (which may be null: all of them). */
    public void endAll(String email, String keepSessionId) {
        withSessions(email, keepSessionId, (repository, session) -> repository.deleteById(session.getId()));
    }

    private interface SessionAction {
        void apply(FindByIndexNameSessionRepository<Session> repository, Session session);
    }

    @SuppressWarnings("unchecked")
    private void withSessions(String email, String exceptId, SessionAction action) {
        FindByIndexNameSessionRepository<Session> repository =
                (FindByIndexNameSessionRepository<Session>) sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        Map<String, ? extends Session> found = repository.findByPrincipalName(email);
        found.values().stream().filter(s -> !s.getId().equals(exceptId)).forEach(s -> action.apply(repository, s));
        if (!found.isEmpty()) {
            log.debug("{} session(s) of {} brought up to date", found.size(), email);
        }
    }
}
