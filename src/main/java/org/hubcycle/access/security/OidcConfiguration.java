package org.hubcycle.access.security;

import java.time.Clock;
import java.util.List;
import org.hubcycle.access.domain.InvitationRepository;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.shared.SystemWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * OpenID Connect sign-in (DfE Sign-in), only when its issuer is configured
 * ({@code DFE_SIGN_IN_ISSUER}, {@code DFE_SIGN_IN_CLIENT_ID}, {@code DFE_SIGN_IN_CLIENT_SECRET}); without
 * it, the sign-in page has no such button and the addresses do not exist. The address the provider
 * sends people back to is built from {@code HUBCYCLE_BASE_URL}, never from a request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${hubcycle.oidc.issuer-uri:}'.isBlank()")
@EnableConfigurationProperties(OidcConfiguration.OidcSettings.class)
class OidcConfiguration {

    /** The registration's id, in its addresses: {@code /oauth2/authorization/dfe}, {@code /login/oauth2/code/dfe}. */
    static final String REGISTRATION = "dfe";

    @ConfigurationProperties("hubcycle.oidc")
    record OidcSettings(
            String issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue("DfE Sign-in") String name,
            @DefaultValue({"openid", "email", "profile"}) List<String> scopes) {}

    @Bean
    ClientRegistrationRepository clientRegistrations(
            OidcSettings settings, @Value("${hubcycle.base-url}") String base) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                .clientName(settings.name())
                .redirectUri(base.replaceAll("/+$", "") + "/login/oauth2/code/" + REGISTRATION)
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OidcSignIn oidcSignIn(
            UserAccountRepository users,
            InvitationRepository invitations,
            HubcycleUserDetailsService details,
            ApplicationEventPublisher events,
            SystemWork system,
            Clock clock) {
        return new OidcSignIn(users, invitations, details, events, system, clock);
    }
}
