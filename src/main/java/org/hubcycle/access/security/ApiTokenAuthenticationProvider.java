package org.hubcycle.access.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hubcycle.access.accounts.ApiTokens;
import org.hubcycle.access.domain.ApiToken;
import org.hubcycle.access.domain.ApiTokenRepository;
import org.hubcycle.shared.Tokens;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * A request sent with one of a person's API tokens acts as that person, with their roles and hub as they are
 * now, while the token has neither expired nor been revoked and the account works (ADR 0035). Its use is written
 * down at most once an hour, so reading the API costs no write. A suspended account's tokens are refused.
 */
final class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    static final Duration NOTE_USE_EVERY = Duration.ofHours(1);

    private final ApiTokenRepository tokens;
    private final HubcycleUserDetailsService users;
    private final Clock clock;

    ApiTokenAuthenticationProvider(ApiTokenRepository tokens, HubcycleUserDetailsService users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (!secret.startsWith(ApiTokens.PREFIX) || !Tokens.plausible(secret)) {
            throw refused();
        }
        Instant now = clock.instant();
        ApiToken token = tokens.findByTokenHash(Tokens.hash(secret))
                .filter(t -> t.worksAt(now))
                .orElseThrow(ApiTokenAuthenticationProvider::refused);
        HubcycleUser user = users.loadUserById(token.getUserId())
                .filter(HubcycleUser::works)
                .orElseThrow(ApiTokenAuthenticationProvider::refused);
        if (token.lastUseOlderThan(now, NOTE_USE_EVERY)) {
            tokens.used(token.getId(), now);
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static InvalidBearerTokenException refused() {
        return new InvalidBearerTokenException(
                "This API token does not work: it may have expired or been revoked. Make a new one on your account"
                        + " page, under API tokens.");
    }
}
