package org.hubcycle.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * PDFs from Thymeleaf templates: the template is rendered to HTML (with the same fragments and helpers as
 * the web pages), parsed with jsoup and laid out by openhtmltopdf as a tagged PDF (PDF/UA) with real,
 * extractable text and its font embedded.
 */
@Component
public class PdfDocuments {

    /** Liberation Sans (SIL Open Font Licence), which PDFBox carries: embedded so the PDF reads the same everywhere. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /**
     * Renders at once at most, one a core: rendering is CPU work, so more at once finish no sooner, and each
     * holds its document's layout in memory (twenty at once took the process past 650 MB resident).
     */
    static final int AT_ONCE = Runtime.getRuntime().availableProcessors();

    private final SpringTemplateEngine templates;

    private final Semaphore rendering = new Semaphore(AT_ONCE, true);

    PdfDocuments(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /** The template rendered with these variables, as a PDF; waits its turn behind the renders under way. */
    public byte[] render(String template, Map<String, Object> variables) {
        rendering.acquireUninterruptibly();
        try {
            return rendered(template, variables);
        } finally {
            rendering.release();
        }
    }

    private byte[] rendered(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/")
                    .toStream(out);
            for (int weight : new int[] {400, 700}) {
                builder.useFont(
                        () -> PdfDocuments.class.getResourceAsStream(FONT),
                        "Liberation Sans",
                        weight,
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
