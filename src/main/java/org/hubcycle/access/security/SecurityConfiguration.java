package org.hubcycle.access.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubcycle.access.domain.ApiTokenRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. Pages need a signed-in user unless listed here as public; each controller
 * then checks roles with {@code @PreAuthorize}, and hub-owned records are scoped by
 * {@link org.hubcycle.shared.HubScope}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    /** The static files: stylesheets, scripts, images, icons. */
    static final String[] STATIC_FILES = {
        "/assets/**", "/css/**", "/js/**", "/favicon.svg", "/favicon.ico", "/robots.txt"
    };

    /** Pages and API addresses anyone may open without signing in; the static files have a chain of their own. */
    static final String[] PUBLIC = {
        "/login",
        "/error",
        "/catalogue/**",
        "/api/v1/projects",
        "/api/v1/projects/*",
        "/api/v1/hubs/*/offer/*",
        "/account/new",
        "/account/new/*",
        "/account/confirm",
        "/account/confirm/again",
        "/account/sent",
        "/account/closed",
        "/calendar/*",
        "/certificates",
        "/certificates/*",
        "/survey/*",
        "/survey/*/*",
        "/invitation",
        "/password/forgotten",
        "/password/sent",
        "/password/reset",
        "/account/email/confirm",
        "/v3/api-docs",
        "/v3/api-docs.yaml",
        "/privacy",
        "/cookies"
    };

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No observations of Spring Security's own steps (each filter of the chain, each authentication and
     * authorization): nothing reads them, and they were 5% of a catalogue request's CPU (issue 14). Each
     * request's own timing, {@code http.server.requests}, stays.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The static files, open to anyone, with the same response headers as every page but nothing that needs
     * the session: no saved request to look for (Spring Security's request cache reads the session from the
     * database on every request it sees), no sign-in, no CSRF token, no session made. A signed-in browser
     * sends its session cookie with every stylesheet, script and icon it fetches.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        return http.securityMatcher(STATIC_FILES)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /**
     * The API read by a program with one of a person's tokens ({@code Authorization: Bearer hcy_…}, ADR 0035):
     * no session, no cookie, so no CSRF token either. A token reads (GET and HEAD) and does nothing else, at most
     * so many times a minute for one person (ADR 0044). A request to the API without a token goes on to the next
     * chain, which knows the browser's session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiWithTokens(
            HttpSecurity http,
            ApiTokenRepository tokens,
            HubcycleUserDetailsService users,
            Clock clock,
            JsonMapper json,
            ApiRateLimit rateLimit)
            throws Exception {
        ProviderManager manager = new ProviderManager(new ApiTokenAuthenticationProvider(tokens, users, clock));
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return http.securityMatcher(SecurityConfiguration::withApiToken)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server -> server.authenticationManagerResolver(request -> manager)
                        .authenticationEntryPoint((request, response, exception) -> {
                            bearer.commence(request, response, exception);
                            problem(json, request, response, HttpStatus.UNAUTHORIZED, tokenRefused(exception));
                        })
                        .accessDeniedHandler((request, response, exception) -> problem(
                                json,
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "An API token only reads: GET and HEAD requests. Make changes in Hubcycle itself.")))
                .addFilterAfter(
                        rateLimit.filter((request, response, status, detail) ->
                                problem(json, request, response, status, detail)),
                        BearerTokenAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /** An address of the API, asked with a bearer token: the chain above, never the browser's session. */
    static boolean withApiToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && API.matches(request);
    }

    private static String tokenRefused(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException refused
                && refused.getError().getDescription() != null) {
            return refused.getError().getDescription();
        }
        return "Send one API token as \"Authorization: Bearer hcy_…\". Make one on your account page.";
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(
            HttpSecurity http,
            HubcycleUserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            JsonMapper json,
            ObjectProvider<OidcSignIn> oidc)
            throws Exception {
        HttpSessionRequestCache requestCache = returnAfterSignIn();
        OidcSignIn signIn = oidc.getIfAvailable();
        List<AuthenticationProvider> providers = new ArrayList<>();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        // Whether the address is confirmed is checked after the password, so only someone who knows the
        // password learns that the account exists and is waiting for its confirmation.
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Email address not confirmed");
            }
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account suspended");
            }
        });
        providers.add(new ThrottledAuthenticationProvider(passwords, throttle, events));
        if (signIn != null) {
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), signIn.userService()));
        }
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(PUBLIC)
                                .permitAll()
                                .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                                .permitAll()
                                .requestMatchers(EndpointRequest.toAnyEndpoint())
                                .hasRole("NATIONAL_ADMIN")
                                .anyRequest()
                                .authenticated())
                // Its own manager, with no parent: a parent built from the UserDetailsService would
                // check the password again and let a locked account in. It signs in with a password,
                // and with OpenID Connect when that is configured.
                .authenticationManager(new ProviderManager(providers))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .failureHandler(signInFailed())
                        .defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst(json)))
                .requestCache(cache -> cache.requestCache(requestCache))
                .headers(SecurityConfiguration::headers);
        if (signIn != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(signIn.userService()))
                    .successHandler(signIn.successHandler(requestCache))
                    .failureHandler(signIn.failureHandler()));
        }
        return http.build();
    }

    /**
     * The API answers 401 as an RFC 9457 problem to a request with no signed-in user; every other
     * address sends them to sign in.
     */
    private static AuthenticationEntryPoint signInFirst(JsonMapper json) {
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (API.matches(request)) {
                problem(
                        json,
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "Sign in, or send an API token, before using the API.");
            } else {
                login.commence(request, response, exception);
            }
        };
    }

    private static void problem(
            JsonMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A failed sign-in goes back to the login page, which says why: wrong details, or an address not confirmed yet. */
    private static ExceptionMappingAuthenticationFailureHandler signInFailed() {
        ExceptionMappingAuthenticationFailureHandler failed = new ExceptionMappingAuthenticationFailureHandler();
        failed.setDefaultFailureUrl("/login?error");
        failed.setExceptionMappings(Map.of(
                DisabledException.class.getName(), "/login?unconfirmed",
                LockedException.class.getName(), "/login?suspended"));
        return failed;
    }

    /** After signing in, back to the page that asked for it, at its own address (no {@code ?continue}). */
    private static HttpSessionRequestCache returnAfterSignIn() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }
}
