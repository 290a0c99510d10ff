package org.hubcycle.directory.gias;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.hubcycle.directory.ImportReport;
import org.hubcycle.directory.ImportReport.SkippedRow;
import org.hubcycle.shared.Audited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a GIAS extract (establishments, links or groups, told apart by the header row) and
 * reconciles it with the directory: rows are matched by URN (trusts by Group UID), unchanged rows
 * are not written, and nothing is ever deleted. A row that cannot be used is skipped and reported
 * with its line number; a file that is not an extract is refused whole and writes nothing.
 */
@Service
public class GiasImporter {

    /** GIAS extracts are Windows-1252. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Logger log = LoggerFactory.getLogger(GiasImporter.class);
    private static final int SNIFF = 4096;

    private final GiasTables tables;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    GiasImporter(GiasTables tables, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.tables = tables;
        this.transactions = transactions;
        this.events = events;
    }

    public ImportReport importFile(String fileName, InputStream content) {
        long started = System.nanoTime();
        try (BufferedInputStream in = new BufferedInputStream(content, 1 << 16)) {
            String notText = sniff(in);
            if (notText != null) {
                return ImportReport.refused(fileName, notText);
            }
            Reader reader = new InputStreamReader(in, WINDOWS_1252);
            CSVParser parser = CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                    .setAllowMissingColumnNames(true)
                    .get().parse(reader);
            List<String> header = parser.getHeaderNames().stream().map(GiasImporter::withoutByteOrderMark).toList();
            GiasFileKind kind = GiasFileKind.of(header);
            if (kind == null) {
                return ImportReport.refused(fileName, "the header row is not that of a GIAS establishments, links or groups "
                        + "extract (it starts " + header.stream().limit(3).toList() + ")");
            }
            Parsed parsed = parse(kind, parser);
            Counts counts = transactions.execute(status -> tables.reconcile(kind, parsed.rows()));
            ImportReport report = new ImportReport(fileName, kind.label(), counts.created, counts.updated, counts.unchanged,
                    counts.closed, parsed.skipped(), null, (System.nanoTime() - started) / 1_000_000);
            events.publishEvent(new Audited("directory.gias-imported", null, fileName,
                    "%s: %d created, %d updated, %d unchanged, %d closed, %d skipped".formatted(kind.label(),
                            counts.created, counts.updated, counts.unchanged, counts.closed, parsed.skipped().size())));
            log.info("GIAS import {}", report.lines().get(0));
            return report;
        } catch (UncheckedIOException | IllegalStateException e) {
            return ImportReport.refused(fileName, "it is not valid CSV: " + rootMessage(e));
        } catch (IOException e) {
            return ImportReport.refused(fileName, "it could not be read: " + e.getMessage());
        }
    }

    private record Parsed(List<Object> rows, List<SkippedRow> skipped) {
    }

    private Parsed parse(GiasFileKind kind, CSVParser parser) {
        List<Object> rows = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        int columns = parser.getHeaderNames().size();
        long lastLine = parser.getCurrentLineNumber();
        for (CSVRecord record : parser) {
            long line = lastLine + 1;
            lastLine = parser.getCurrentLineNumber();
            if (record.size() != columns) {
                skipped.add(new SkippedRow(line, "it has " + record.size() + " values but the header has " + columns + " columns"));
                continue;
            }
            try {
                GiasRow row = GiasRows.parse(kind, record);
                if (!keys.add(row.key())) {
                    skipped.add(new SkippedRow(line, "it repeats " + row.describeKey() + " from an earlier row"));
                    continue;
                }
                rows.add(row);
            } catch (GiasValues.BadValue bad) {
                skipped.add(new SkippedRow(line, bad.getMessage()));
            }
        }
        return new Parsed(rows, skipped);
    }

    /** Why the start of the stream is not a text file, or null if it may be. */
    private static String sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] start = in.readNBytes(SNIFF);
        in.reset();
        if (start.length == 0) {
            return "the file is empty";
        }
        for (byte b : start) {
            if (b == 0) {
                return "it is not a text file (it looks binary, such as a spreadsheet or archive: export it as CSV)";
            }
        }
        return null;
    }

    private static String withoutByteOrderMark(String name) {
        return name.replace("\uFEFF", "").replace("ï»¿", "").strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** What reconciling one file did. */
    static final class Counts {
        int created;
        int updated;
        int unchanged;
        int closed;
    }
}
