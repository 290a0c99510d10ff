package org.hubcycle.directory.gias;

import java.util.ArrayList;
import java.util.List;

/**
 * What one GIAS file did to the directory: how many rows it created, changed or left unchanged,
 * how many establishments it closed, and each row it skipped with its line number and reason. A
 * refused file wrote nothing and says why.
 */
public record ImportReport(
        String file,
        String kind,
        int created,
        int updated,
        int unchanged,
        int closed,
        List<SkippedRow> skipped,
        long skippedTotal,
        String refusal,
        long millis) {

    /** How many skipped rows are listed; the rest are counted. */
    public static final int LISTED = 500;

    /** A row that could not be used: its line in the file (the header is line 1) and why. */
    public record SkippedRow(long line, String reason) {}

    public static ImportReport refused(String file, String why) {
        return new ImportReport(file, null, 0, 0, 0, 0, List.of(), 0, why, 0);
    }

    /** Skipped rows that are counted but not listed. */
    public long unlisted() {
        return skippedTotal - skipped.size();
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** The report as the command line prints it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (isRefused()) {
            lines.add(file + ": refused: " + refusal);
            return lines;
        }
        lines.add("%s (%s): %d created, %d updated, %d unchanged, %d closed, %d skipped in %.1f s"
                .formatted(file, kind, created, updated, unchanged, closed, skippedTotal, millis / 1000.0));
        skipped.forEach(row -> lines.add("  line " + row.line() + ": " + row.reason()));
        if (skippedTotal > skipped.size()) {
            lines.add("  and " + (skippedTotal - skipped.size()) + " more skipped rows");
        }
        return lines;
    }
}
