package org.hubcycle.catalogue.web;

import java.util.Map;
import org.hubcycle.catalogue.internal.CatalogueViews.PublishedOffer;
import org.hubcycle.shared.web.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Work Group Summary as a PDF: the same Thymeleaf fragments as the public catalogue, laid out by
 * {@link PdfDocuments}, with page numbers and the address to apply at.
 */
@Component
class WorkGroupSummaryPdf {

    private final PdfDocuments pdf;
    private final String base;

    WorkGroupSummaryPdf(PdfDocuments pdf, @Value("${hubcycle.base-url}") String base) {
        this.pdf = pdf;
        this.base = base.replaceAll("/+$", "");
    }

    byte[] render(PublishedOffer offer) {
        return pdf.render(
                "catalogue/summary-pdf",
                Map.of(
                        "offer",
                        offer,
                        "link",
                        base + "/catalogue/" + offer.hubSlug() + "/"
                                + offer.year().slug()));
    }
}
