package org.hubcycle.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend's stylesheet and script from its WebJar. Hubcycle is not a GOV.UK
 * service, so the stylesheet loses its GDS Transport {@code @font-face} rules and text falls back
 * to Arial; the font files themselves have no address (see {@link WebAssetsConfiguration}).
 */
@Controller
class GovukAssets {

    static final String WEBJAR = "govuk-frontend";

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");
    private static final Pattern GDS_TRANSPORT = Pattern.compile("\"?GDS Transport\"?,");
    private static final Pattern SOURCE_MAP =
            Pattern.compile("/\\*# sourceMappingURL=[^*]*\\*/|//# sourceMappingURL=\\S*");

    private record Asset(String body, MediaType type, String etag) {

        Asset(String body, MediaType type) {
            this(body, type, '"' + sha256(body).substring(0, 16) + '"');
        }

        ResponseEntity<String> response() {
            return ResponseEntity.ok()
                    .contentType(type)
                    .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
                    .eTag(etag)
                    .body(body);
        }
    }

    private final Asset stylesheet;
    private final Asset script;

    GovukAssets() throws IOException {
        this.stylesheet = new Asset(
                withoutGdsTransport(read("govuk-frontend.min.css")),
                new MediaType("text", "css", StandardCharsets.UTF_8));
        this.script = new Asset(
                SOURCE_MAP.matcher(read("govuk-frontend.min.js")).replaceAll(""),
                new MediaType("text", "javascript", StandardCharsets.UTF_8));
    }

    /** Classpath folder of the WebJar's compiled files, ending in a slash. */
    static String distPath() {
        String version = new WebJarVersionLocator().version(WEBJAR);
        if (version == null) {
            throw new IllegalStateException("The govuk-frontend WebJar is not on the classpath");
        }
        return "META-INF/resources/webjars/" + WEBJAR + "/" + version + "/dist/govuk/";
    }

    static String withoutGdsTransport(String css) {
        String result = FONT_FACE.matcher(css).replaceAll("");
        result = GDS_TRANSPORT.matcher(result).replaceAll("");
        return SOURCE_MAP.matcher(result).replaceAll("");
    }

    @GetMapping("/assets/govuk-frontend.css")
    ResponseEntity<String> stylesheet() {
        return stylesheet.response();
    }

    @GetMapping("/assets/govuk-frontend.min.js")
    ResponseEntity<String> script() {
        return script.response();
    }

    private static String read(String file) throws IOException {
        try (InputStream in = new ClassPathResource(distPath() + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
