package org.hubcycle.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.hubcycle.access.domain.InvitationRepository;
import org.hubcycle.access.domain.SchoolContactStatus;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Sign-in with OpenID Connect, as DfE Sign-in offers it. The provider's identity is matched to a
 * Hubcycle account: by the identity linked at an earlier sign-in, else by the email address, which
 * the provider must say it has verified (the first time, the identity is linked and audited). A
 * verified address proves the person holds it, so an invited or unconfirmed account starts working.
 * Nobody gets an account this way: the hub invites them, or a school contact creates one. Once
 * matched, the session holds the same {@link HubcycleUser} as a password sign-in.
 */
class OidcSignIn {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    /** Why a sign-in with the provider was refused, as the sign-in page says it. */
    static final String UNVERIFIED = "unverified-email";

    static final String NO_ACCOUNT = "no-account";

    static final String SUSPENDED = "suspended";
    static final String FAILED = "failed";

    private final UserAccountRepository users;
    private final InvitationRepository invitations;
    private final HubcycleUserDetailsService details;
    private final ApplicationEventPublisher events;
    private final SystemWork system;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OidcSignIn(
            UserAccountRepository users,
            InvitationRepository invitations,
            HubcycleUserDetailsService details,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        this.users = users;
        this.invitations = invitations;
        this.details = details;
        this.events = events;
        this.system = system;
        this.clock = clock;
    }

    /** Loads the provider's user, then finds (and if need be links) the Hubcycle account. */
    OidcUserService userService() {
        OidcUserService provider = new OidcUserService();
        return new OidcUserService() {
            @Override
            public OidcUser loadUser(OidcUserRequest request) {
                OidcUser oidc = provider.loadUser(request);
                match(oidc);
                return oidc;
            }
        };
    }

    private void match(OidcUser oidc) {
        String subject = oidc.getIssuer() + "|" + oidc.getSubject();
        String email = UserAccount.normaliseEmail(oidc.getEmail());
        system.run(() -> {
            UserAccount account = users.findByOidcSubject(subject).orElse(null);
            if (account == null) {
                if (!Boolean.TRUE.equals(oidc.getEmailVerified()) || email.isEmpty()) {
                    events.publishEvent(Audited.of("login.failed", null, email)
                            .worded("audit.detail.login.failed.oidc-unverified")
                            .by(email));
                    throw new OAuth2AuthenticationException(new OAuth2Error(UNVERIFIED));
                }
                account = users.findByEmail(email).orElse(null);
                if (account == null || account.getOidcSubject() != null) {
                    events.publishEvent(Audited.of("login.failed", null, email)
                            .worded("audit.detail.login.failed.oidc-no-account")
                            .by(email));
                    throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT));
                }
                account.linkOidc(subject);
                events.publishEvent(Audited.of("access.oidc-linked", account.getHubId(), email, subject)
                        .by(email));
            }
            if (account.isSuspended()) {
                events.publishEvent(Audited.of("login.failed", null, email)
                        .worded("audit.detail.login.failed.suspended")
                        .by(email));
                throw new OAuth2AuthenticationException(new OAuth2Error(SUSPENDED));
            }
            if (!account.isEnabled()) {
                account.confirm();
                Instant now = clock.instant();
                invitations.findByUserIdAndAcceptedAtIsNull(account.getId()).forEach(i -> i.accepted(now));
                if (account.getSchoolContactStatus() == SchoolContactStatus.PENDING) {
                    events.publishEvent(Audited.of("access.account-confirmed", null, email)
                            .worded("audit.detail.access.account-confirmed.oidc")
                            .by(email));
                }
            }
        });
    }

    /** Puts the Hubcycle user in the session in place of the provider's, then goes where the person was heading. */
    AuthenticationSuccessHandler successHandler(RequestCache requestCache) {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setRequestCache(requestCache);
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            OidcUser oidc = (OidcUser) authentication.getPrincipal();
            String subject = oidc.getIssuer() + "|" + oidc.getSubject();
            String email = HubScope.asSystem(() -> users.findByOidcSubject(subject))
                    .map(UserAccount::getEmail)
                    .orElseThrow();
            HubcycleUser user = details.loadUserByUsername(email);
            user.eraseCredentials();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            events.publishEvent(Audited.of(ThrottledAuthenticationProvider.LOGIN_SUCCEEDED, user.hubId(), email)
                    .worded("audit.detail.login.succeeded.oidc")
                    .by(email));
            next.onAuthenticationSuccess(request, response, context.getAuthentication());
        };
    }

    AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth
                            && (UNVERIFIED.equals(oauth.getError().getErrorCode())
                                    || NO_ACCOUNT.equals(oauth.getError().getErrorCode())
                                    || SUSPENDED.equals(oauth.getError().getErrorCode()))
                    ? oauth.getError().getErrorCode()
                    : FAILED;
            if (FAILED.equals(code)) {
                log.warn("Sign-in with the OpenID Connect provider failed: {}", exception.getMessage());
                events.publishEvent(Audited.of("login.failed", null, null, exception.getMessage())
                        .worded("audit.detail.login.failed.oidc")
                        .by("anonymous"));
            }
            redirect(response, request.getContextPath() + "/login?oidc=" + code);
        };
    }

    private static void redirect(HttpServletResponse response, String to) throws IOException {
        response.sendRedirect(to);
    }
}
