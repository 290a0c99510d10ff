package org.hubcycle.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An XLSX workbook to download, written with fastexcel: one sheet, a bold header row, then one row per
 * record. Numbers stay numbers and dates dates, so a spreadsheet can sum and sort them; text is never
 * read as a formula (fastexcel writes it as a string).
 */
public final class XlsxDownload {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxDownload() {}

    /** One sheet of a workbook: its name (31 characters at most), its header row and its rows. */
    public record Sheet(String name, List<String> header, List<? extends List<?>> rows) {}

    public static ResponseEntity<byte[]> of(
            String filename, String sheet, List<String> header, List<? extends List<?>> rows) {
        return of(filename, List.of(new Sheet(sheet, header, rows)));
    }

    /** A workbook of several sheets, in their order. */
    public static ResponseEntity<byte[]> of(String filename, List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Hubcycle", "1.0");
            for (Sheet sheet : sheets) {
                write(workbook.newWorksheet(sheet.name()), sheet.header(), sheet.rows());
            }
            workbook.finish();
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
                .contentType(XLSX)
                .body(out.toByteArray());
    }

    private static void write(Worksheet ws, List<String> header, List<? extends List<?>> rows) {
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
            ws.style(0, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (cell instanceof LocalDate d) {
                    ws.value(r + 1, c, d);
                    ws.style(r + 1, c).format("d mmmm yyyy").set();
                } else if (cell != null) {
                    ws.value(r + 1, c, cell.toString());
                }
            }
        }
    }
}
