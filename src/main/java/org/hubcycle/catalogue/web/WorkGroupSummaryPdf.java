package org.hubcycle.catalogue.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hubcycle.catalogue.internal.CatalogueViews.PublishedOffer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The Work Group Summary as a PDF: the same Thymeleaf fragments as the public catalogue, rendered
 * to HTML, parsed with jsoup and laid out by openhtmltopdf, with real (extractable) text.
 */
@Component
class WorkGroupSummaryPdf {

    /** Liberation Sans (SIL Open Font Licence), which PDFBox carries: embedded so the PDF reads the same everywhere. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;
    private final String base;

    WorkGroupSummaryPdf(
            SpringTemplateEngine templates,
            ApplicationContext application,
            @Value("${hubcycle.base-url}") String base) {
        this.templates = templates;
        this.application = application;
        this.base = base.replaceAll("/+$", "");
    }

    /** The summary as a tagged PDF (PDF/UA) with its font embedded, page numbers and the address to apply at. */
    byte[] render(PublishedOffer offer) {
        Context context = new Context(java.util.Locale.UK);
        // The page's fragments use beans (@dates), as they do on the web page.
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariable("offer", offer);
        context.setVariable(
                "link",
                base + "/catalogue/" + offer.hubSlug() + "/" + offer.year().slug());
        String html = templates.process("catalogue/summary-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/")
                    .toStream(out);
            for (int weight : new int[] {400, 700}) {
                builder.useFont(
                        () -> WorkGroupSummaryPdf.class.getResourceAsStream(FONT),
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
