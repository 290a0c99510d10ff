package org.hubcycle.access.security;

import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with a lock after repeated failures. Every failure, for an address with an
 * account or without, is the same {@link BadCredentialsException}, so the login page cannot tell
 * anyone whether an account exists. Success and failure are recorded as audit events.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String LOGIN_SUCCEEDED = "login.succeeded";
    static final String LOGIN_FAILED = "login.failed";
    static final String LOGIN_LOCKED = "login.locked";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = UserAccount.normaliseEmail(attempt.getName());
        if (throttle.isLocked(email)) {
            events.publishEvent(new Audited(LOGIN_FAILED, null, email, "Refused: too many failed attempts", email));
            throw new BadCredentialsException("Locked");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.recordSuccess(email);
            HubcycleUser user = (HubcycleUser) result.getPrincipal();
            events.publishEvent(new Audited(LOGIN_SUCCEEDED, user.hubId(), email, null, email));
            return result;
        } catch (InternalAuthenticationServiceException broken) {
            throw broken;
        } catch (AuthenticationException failure) {
            boolean lockedNow = throttle.recordFailure(email);
            events.publishEvent(new Audited(LOGIN_FAILED, null, email, "Wrong email address or password", email));
            if (lockedNow) {
                events.publishEvent(new Audited(LOGIN_LOCKED, null, email,
                        "Locked for " + throttle.lockDuration().toMinutes() + " minutes after repeated failures", email));
            }
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
