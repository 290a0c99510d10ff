package org.hubcycle.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A PDF that {@link PdfDocuments} rendered, as the response: shown in the browser (a report to read) or saved
 * (a certificate to keep), under its file name.
 */
public final class PdfDownload {

    private PdfDownload() {}

    /** Opened in the browser, to read or print. */
    public static ResponseEntity<byte[]> inline(String filename, byte[] pdf) {
        return response(ContentDisposition.inline(), filename, pdf);
    }

    /** Saved as a file, to keep. */
    public static ResponseEntity<byte[]> attachment(String filename, byte[] pdf) {
        return response(ContentDisposition.attachment(), filename, pdf);
    }

    private static ResponseEntity<byte[]> response(
            ContentDisposition.Builder disposition, String filename, byte[] pdf) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(filename).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
