package org.hubcycle.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.access.security.HubcycleUserDetailsService;
import org.hubcycle.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in once they have proved who they are another way (they chose a password from an
 * invitation sent to their address): a new session id, the user in it, and the audit event a sign-in
 * makes.
 */
@Component
class SignIn {

    private final HubcycleUserDetailsService users;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignIn(HubcycleUserDetailsService users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    void as(String email, HttpServletRequest request, HttpServletResponse response) {
        HubcycleUser user = users.loadUserByUsername(email);
        user.eraseCredentials();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        events.publishEvent(Audited.of("login.succeeded", user.hubId(), email)
                .worded("audit.detail.login.succeeded.invitation")
                .by(email));
    }
}
