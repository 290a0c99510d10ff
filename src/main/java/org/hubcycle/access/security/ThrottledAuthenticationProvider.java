package org.hubcycle.access.security;

import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with a lock after repeated failures, per email address and per client address.
 * Every failure, for an address with an account or without, is the same {@link BadCredentialsException},
 * so the login page cannot tell anyone whether an account exists. Only the right password for an
 * account whose email address is not confirmed yet is told so ({@link DisabledException}), since it
 * proves the person knows the account. Success and failure are recorded as audit events.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String LOGIN_SUCCEEDED = "login.succeeded";
    static final String LOGIN_FAILED = "login.failed";
    static final String LOGIN_LOCKED = "login.locked";

    /** The longest email address there can be (RFC 5321); anything longer has no account. */
    private static final int LONGEST_EMAIL = 254;

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = UserAccount.normaliseEmail(attempt.getName());
        String client =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (email.length() > LONGEST_EMAIL) {
            String shown = email.substring(0, 200) + "…";
            events.publishEvent(Audited.of(LOGIN_FAILED, null, shown)
                    .worded("audit.detail.login.failed.too-long")
                    .by(shown));
            throw new BadCredentialsException("Not an email address");
        }
        if (throttle.isLocked(email, client)) {
            events.publishEvent(Audited.of(LOGIN_FAILED, null, email)
                    .worded("audit.detail.login.failed.locked")
                    .by(email));
            throw new BadCredentialsException("Locked");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.clear(email);
            HubcycleUser user = (HubcycleUser) result.getPrincipal();
            events.publishEvent(Audited.of(LOGIN_SUCCEEDED, user.hubId(), email).by(email));
            return result;
        } catch (InternalAuthenticationServiceException broken) {
            throw broken;
        } catch (DisabledException unconfirmed) {
            events.publishEvent(Audited.of(LOGIN_FAILED, null, email)
                    .worded("audit.detail.login.failed.unconfirmed")
                    .by(email));
            throw unconfirmed;
        } catch (LockedException suspended) {
            // The right password for an account the national centre has suspended: said so, not counted as a guess.
            events.publishEvent(Audited.of(LOGIN_FAILED, null, email)
                    .worded("audit.detail.login.failed.suspended")
                    .by(email));
            throw suspended;
        } catch (AuthenticationException failure) {
            boolean lockedNow = throttle.recordFailure(email, client);
            events.publishEvent(Audited.of(LOGIN_FAILED, null, email)
                    .worded("audit.detail.login.failed.wrong")
                    .by(email));
            if (lockedNow) {
                events.publishEvent(Audited.of(
                                LOGIN_LOCKED,
                                null,
                                email,
                                throttle.lockDuration().toMinutes())
                        .by(email));
            }
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
