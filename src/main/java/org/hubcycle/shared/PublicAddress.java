package org.hubcycle.shared;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people reach Hubcycle ({@code HUBCYCLE_BASE_URL}). Every link in an email starts here, never
 * at the Host header of the request that caused the email, which a caller controls.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${hubcycle.base-url}") String base) {
        URI uri = URI.create(base.strip());
        if (uri.getScheme() == null
                || uri.getHost() == null
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalStateException(
                    "HUBCYCLE_BASE_URL must be an http or https address, like https://hubcycle.example.org: " + base);
        }
        String text = uri.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The address without a trailing slash, e.g. {@code https://hubcycle.example.org}. */
    public String base() {
        return base;
    }
}
