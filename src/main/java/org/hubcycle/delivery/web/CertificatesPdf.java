package org.hubcycle.delivery.web;

import java.util.List;
import java.util.Map;
import org.hubcycle.delivery.internal.Certificates.Certificate;
import org.hubcycle.shared.web.PdfDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Certificates of participation as a PDF to download, one page each: a participant's own, or a work group's. */
final class CertificatesPdf {

    private CertificatesPdf() {}

    static ResponseEntity<byte[]> of(PdfDocuments pdf, List<Certificate> certificates, String filename) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render("delivery/certificate-pdf", Map.of("certificates", certificates)));
    }
}
