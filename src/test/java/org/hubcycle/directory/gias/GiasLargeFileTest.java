package org.hubcycle.directory.gias;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A GIAS upload of 60 MB is read as it streams: this class runs in its own JVM with a heap of
 * 256 MB (the surefire execution {@code small-heap}), where holding the file's rows would run out.
 */
@IntegrationTest
@Tag("small-heap")
class GiasLargeFileTest {

    private static final long MEGABYTE = 1024 * 1024;

    @Autowired
    GiasImporter importer;

    @Test
    void sixtyMegabytesOfRowsStayWithinASmallHeap() {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("this test must run with -Xmx256m")
                .isLessThanOrEqualTo(256 * MEGABYTE);
        byte[] header =
                (String.join(",", GiasGenerator.ESTABLISHMENT_HEADER) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] row = "1,2\r\n".getBytes(StandardCharsets.US_ASCII);
        long rows = (60 * MEGABYTE) / row.length;

        ImportReport report =
                HubScope.asSystem(() -> importer.importFile("hdr60.csv", new Repeated(header, row, rows)));

        assertThat(report.refusal()).isNull();
        assertThat(report.skippedTotal()).isEqualTo(rows);
        assertThat(report.skipped()).hasSize(ImportReport.LISTED);
        assertThat(report.skipped().get(ImportReport.LISTED - 1).line()).isEqualTo(ImportReport.LISTED + 1);
    }

    /** A header and then one row over and over, made as it is read: the test holds no file either. */
    private static final class Repeated extends InputStream {

        private final byte[] header;
        private final byte[] row;
        private final long total;
        private long position;

        Repeated(byte[] header, byte[] row, long rows) {
            this.header = header;
            this.row = row;
            this.total = header.length + rows * row.length;
        }

        @Override
        public int read() {
            if (position >= total) {
                return -1;
            }
            long at = position++;
            return at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)];
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position >= total) {
                return -1;
            }
            int count = (int) Math.min(length, total - position);
            for (int i = 0; i < count; i++) {
                into[offset + i] = (byte) read();
            }
            return count;
        }
    }
}
