package org.hubcycle.catalogue.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.hubcycle.catalogue.CatalogueViews.PublishedOffer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The Work Group Summary as a PDF: the same Thymeleaf fragments as the public catalogue, rendered
 * to HTML, parsed with jsoup and laid out by openhtmltopdf, with real (extractable) text.
 */
@Component
class WorkGroupSummaryPdf {

    private final SpringTemplateEngine templates;

    WorkGroupSummaryPdf(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(PublishedOffer offer) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariable("offer", offer);
        String html = templates.process("catalogue/summary-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/")
                    .toStream(out)
                    .run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
