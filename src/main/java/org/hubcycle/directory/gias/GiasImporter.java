package org.hubcycle.directory.gias;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.hubcycle.directory.gias.ImportReport.SkippedRow;
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
    private final ImportHistory history;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    GiasImporter(
            GiasTables tables,
            ImportHistory history,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.tables = tables;
        this.history = history;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * Imports one file as it streams in: rows are reconciled a chunk at a time inside one transaction,
     * so a file of any size is never held in memory and a refused or failed file writes nothing. The
     * import is kept in the history, whatever it did.
     */
    public ImportReport importFile(String fileName, InputStream content) {
        ImportReport report = read(fileName, content);
        history.record(report);
        return report;
    }

    private ImportReport read(String fileName, InputStream content) {
        long started = System.nanoTime();
        try (BufferedInputStream in = new BufferedInputStream(content, 1 << 16)) {
            Sniffed sniffed = sniff(in);
            if (sniffed.refusal() != null) {
                return ImportReport.refused(fileName, sniffed.refusal());
            }
            in.skipNBytes(sniffed.byteOrderMark());
            Reader reader = new InputStreamReader(in, sniffed.charset());
            CSVParser parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                    .setAllowMissingColumnNames(true)
                    .get()
                    .parse(reader);
            List<String> header = parser.getHeaderNames().stream()
                    .map(GiasImporter::withoutByteOrderMark)
                    .toList();
            GiasFileKind kind = GiasFileKind.of(header);
            if (kind == null) {
                return ImportReport.refused(
                        fileName,
                        "the header row is not that of a GIAS establishments, links or groups " + "extract (it starts "
                                + header.stream().limit(3).toList() + ")");
            }
            Skipped skipped = new Skipped();
            Counts counts = transactions.execute(status -> {
                GiasTables.Reconciliation reconciliation = tables.begin(kind);
                parse(kind, parser, skipped, reconciliation::add);
                return reconciliation.counts();
            });
            ImportReport report = new ImportReport(
                    fileName,
                    kind.label(),
                    counts.created,
                    counts.updated,
                    counts.unchanged,
                    counts.closed,
                    skipped.listed,
                    skipped.total,
                    null,
                    (System.nanoTime() - started) / 1_000_000);
            events.publishEvent(Audited.of(
                    "directory.gias-imported",
                    null,
                    fileName,
                    kind.label(),
                    counts.created,
                    counts.updated,
                    counts.unchanged,
                    counts.closed,
                    skipped.total));
            events.publishEvent(new GiasImported(fileName));
            log.info("GIAS import {}", report.lines().get(0));
            return report;
        } catch (UncheckedIOException | IllegalStateException e) {
            return ImportReport.refused(fileName, "it is not valid CSV: " + rootMessage(e));
        } catch (IOException e) {
            return ImportReport.refused(fileName, "it could not be read: " + e.getMessage());
        }
    }

    /** Rows skipped: the first {@value ImportReport#LISTED} with their line and reason, and how many in all. */
    private static final class Skipped {
        final List<SkippedRow> listed = new ArrayList<>();
        long total;

        void add(long line, String reason) {
            total++;
            if (listed.size() < ImportReport.LISTED) {
                listed.add(new SkippedRow(line, reason));
            }
        }
    }

    /** Rows reconciled at a time. */
    static final int CHUNK = 5_000;

    private void parse(GiasFileKind kind, CSVParser parser, Skipped skipped, Consumer<List<Object>> reconcile) {
        List<Object> chunk = new ArrayList<>(CHUNK);
        Set<Object> keys = new HashSet<>();
        int columns = parser.getHeaderNames().size();
        long lastLine = parser.getCurrentLineNumber();
        for (CSVRecord record : parser) {
            long line = lastLine + 1;
            lastLine = parser.getCurrentLineNumber();
            if (record.size() != columns) {
                skipped.add(line, "it has " + record.size() + " values but the header has " + columns + " columns");
                continue;
            }
            try {
                GiasRow row = GiasRows.parse(kind, record);
                if (!keys.add(row.key())) {
                    skipped.add(line, "it repeats " + row.describeKey() + " from an earlier row");
                    continue;
                }
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    reconcile.accept(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            } catch (GiasValues.BadValue bad) {
                skipped.add(line, bad.getMessage());
            }
        }
        if (!chunk.isEmpty()) {
            reconcile.accept(chunk);
        }
    }

    /** How a file is encoded (and how many bytes of byte order mark to skip), or why it is not a text file. */
    private record Sniffed(Charset charset, int byteOrderMark, String refusal) {}

    /**
     * Tells the file's encoding from its start: a UTF-8 or UTF-16 byte order mark, or UTF-16 without
     * one (every other byte zero); otherwise Windows-1252, as GIAS writes it. Other zero bytes mean a
     * binary file.
     */
    private static Sniffed sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] start = in.readNBytes(SNIFF);
        in.reset();
        if (start.length == 0) {
            return new Sniffed(null, 0, "the file is empty");
        }
        if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            return new Sniffed(StandardCharsets.UTF_8, 3, null);
        }
        if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            return new Sniffed(StandardCharsets.UTF_16LE, 2, null);
        }
        if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            return new Sniffed(StandardCharsets.UTF_16BE, 2, null);
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < start.length; i++) {
            if (start[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = start.length / 2;
        if (oddZeros > half * 0.9 && evenZeros == 0) {
            return new Sniffed(StandardCharsets.UTF_16LE, 0, null);
        }
        if (evenZeros > half * 0.9 && oddZeros == 0) {
            return new Sniffed(StandardCharsets.UTF_16BE, 0, null);
        }
        if (evenZeros + oddZeros > 0) {
            return new Sniffed(
                    null,
                    0,
                    "it is not a text file (it looks binary, such as a spreadsheet or archive: export it as CSV)");
        }
        return new Sniffed(WINDOWS_1252, 0, null);
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
