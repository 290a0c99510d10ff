package org.hubcycle.access.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.List;
import org.hubcycle.shared.PublicAddress;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The head of the API's OpenAPI description ({@code /v3/api-docs}, written by springdoc from the controllers):
 * what the API is, where it is, and how a program signs in to it, with an API token (ADR 0035).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDescription {

    static final String TOKEN = "apiToken";
    static final String SESSION = "session";

    @Bean
    OpenAPI hubcycleApi(PublicAddress address, ApiRateLimit rateLimit) {
        return new OpenAPI()
                .info(new Info()
                        .title("Hubcycle API")
                        .version("v1")
                        .description("Read Hubcycle's records as JSON. A program sends one of its person's API tokens,"
                                + " made on their account page (" + address.base() + "/account/tokens), as"
                                + " \"Authorization: Bearer hcy_…\", and reads what that person may read, with their"
                                + " roles and hub on the day. A token only reads. The projects and each hub's published"
                                + " offer need no token. One person's tokens together send at most "
                                + rateLimit.perMinute() + " requests a minute: one more is answered 429, with"
                                + " Retry-After. Every error is an RFC 9457 problem document."))
                .addServersItem(new Server().url(address.base()))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token, starting hcy_"))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("HUBCYCLE_SESSION")
                                        .description("A signed-in browser's session")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }

    /** The API's public addresses (those of {@link SecurityConfiguration#PUBLIC}) need neither token nor session. */
    @Bean
    OpenApiCustomizer publicAddressesNeedNoToken() {
        PathPatternParser parser = new PathPatternParser();
        List<PathPattern> open = Arrays.stream(SecurityConfiguration.PUBLIC)
                .filter(path -> path.startsWith("/api/"))
                .map(parser::parse)
                .toList();
        return api -> api.getPaths().forEach((path, item) -> {
            PathContainer concrete = PathContainer.parsePath(path.replaceAll("[{}]", ""));
            if (open.stream().anyMatch(pattern -> pattern.matches(concrete))) {
                item.readOperations().forEach(operation -> operation.setSecurity(List.of()));
            }
        });
    }
}
