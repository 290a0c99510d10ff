package org.hubcycle.shared.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file to download, written with Apache Commons CSV: a header row, then one row per record.
 * Every download goes through here, so every cell is made safe in one place: text that a spreadsheet
 * would read as a formula (starting {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return)
 * is prefixed with an apostrophe, as OWASP advises. The file starts with a byte order mark so that
 * Excel reads its UTF-8 (names such as Zoë or Łukasz) correctly.
 */
public final class CsvDownload {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvDownload() {}

    public static ResponseEntity<String> of(String filename, List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvDownload::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .contentType(CSV)
                .body(out.toString());
    }

    /** A cell as written: text that could start a formula is prefixed with an apostrophe; numbers and dates are as they are. */
    static Object safe(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }
}
