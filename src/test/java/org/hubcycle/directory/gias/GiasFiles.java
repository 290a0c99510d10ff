package org.hubcycle.directory.gias;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Small GIAS extracts for tests, in GIAS's header order and Windows-1252. */
public final class GiasFiles {

    private GiasFiles() {}

    /** An establishments row with sensible values; override columns by name. */
    public static Map<String, String> establishment(int urn, String name) {
        Map<String, String> row = new LinkedHashMap<>();
        GiasGenerator.ESTABLISHMENT_HEADER.forEach(column -> row.put(column, ""));
        row.put("URN", String.valueOf(urn));
        row.put("LA (code)", "999");
        row.put("LA (name)", "Testshire");
        row.put("EstablishmentNumber", "2001");
        row.put("EstablishmentName", name);
        row.put("TypeOfEstablishment (name)", "Community school");
        row.put("EstablishmentTypeGroup (name)", "Local authority maintained schools");
        row.put("EstablishmentStatus (name)", "Open");
        row.put("OpenDate", "01-09-1998");
        row.put("PhaseOfEducation (name)", "Primary");
        row.put("StatutoryLowAge", "4");
        row.put("StatutoryHighAge", "11");
        row.put("NumberOfPupils", "210");
        row.put("PercentageFSM", "18.5");
        row.put("Trusts (code)", "");
        row.put("Trusts (name)", "Not applicable");
        row.put("UKPRN", "10012345");
        row.put("Street", "1 School Lane");
        row.put("Town", "Testbury");
        row.put("Postcode", "QZ1 1AA");
        row.put("GOR (name)", "North West");
        row.put("OfstedRating (name)", "Good");
        row.put("LastChangedDate", "01-10-2026");
        return row;
    }

    public static byte[] establishments(List<Map<String, String>> rows) {
        return csv(
                GiasGenerator.ESTABLISHMENT_HEADER,
                rows.stream()
                        .map(r -> GiasGenerator.ESTABLISHMENT_HEADER.stream()
                                .map(r::get)
                                .toList())
                        .toList());
    }

    public static byte[] links(List<List<String>> rows) {
        return csv(GiasGenerator.LINK_HEADER, rows);
    }

    public static byte[] groups(List<List<String>> rows) {
        return csv(GiasGenerator.GROUP_HEADER, rows);
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        return csv(header, rows, GiasImporter.WINDOWS_1252, new byte[0]);
    }

    /** An extract as another program saves it: in another encoding, perhaps after a byte order mark. */
    public static byte[] csv(List<String> header, List<List<String>> rows, Charset charset, byte[] byteOrderMark) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(byteOrderMark);
        try (CSVPrinter out = CSVFormat.DEFAULT
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setRecordSeparator("\r\n")
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(new OutputStreamWriter(bytes, charset))) {
            for (List<String> row : rows) {
                out.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
