package org.hubcycle.support;

import java.net.URI;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Addresses met while walking Hubcycle's pages by their links: which are worth opening, and of what kind each is. */
public final class Links {

    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");

    private static final Pattern YEAR = Pattern.compile("/\\d{4}-\\d{2}(?=/|$)");

    private Links() {}

    /** The path and query of an address within Hubcycle worth opening, or null. */
    public static String local(String url) {
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url.startsWith("/") ? "http://localhost" + url : url);
        if (!"localhost".equals(uri.getHost())
                || uri.getRawPath() == null
                || uri.getRawPath().isEmpty()) {
            return null;
        }
        String path = uri.getRawPath();
        // Files are checked by the tests of what they serve; signing out ends the walk.
        if (path.startsWith("/assets/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.equals("/logout")) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** An address's kind: its path with ids and years generalised, and its query's parameter names. */
    public static String kind(String path) {
        int q = path.indexOf('?');
        String kind = YEAR.matcher(
                        NUMBER.matcher(q < 0 ? path : path.substring(0, q)).replaceAll("/{n}"))
                .replaceAll("/{year}");
        if (q >= 0) {
            TreeSet<String> names = new TreeSet<>();
            for (String pair : path.substring(q + 1).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
            kind += "?" + String.join("&", names);
        }
        return kind;
    }
}
