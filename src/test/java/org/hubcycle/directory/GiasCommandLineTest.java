package org.hubcycle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hubcycle.HubcycleApplication;
import org.hubcycle.directory.gias.GiasFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory's commands, as {@code java -jar hubcycle.jar …} runs them: no web server, an exit status. */
class GiasCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void generatesTheThreeExtractsInGiasFormat() throws Exception {
        Output out = new Output();
        assertThat(GiasCommandLine.run(
                        new String[] {"generate-gias", "--scale", "demo", dir.toString()},
                        HubcycleApplication.class,
                        out.stream))
                .isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString().replaceAll("\\d{8}", "DATE")))
                    .containsExactlyInAnyOrder(
                            "edubasealldataDATE.csv", "links_edubasealldataDATE.csv", "allgroupsdataDATE.csv");
        }
        Path establishments;
        try (var files = Files.list(dir)) {
            establishments = files.filter(p -> p.getFileName().toString().startsWith("edubase"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> lines = Files.readAllLines(establishments, java.nio.charset.Charset.forName("windows-1252"));
        assertThat(lines.get(0))
                .startsWith("\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentNumber\",\"EstablishmentName\"");
        assertThat(lines).hasSize(2001);
        assertThat(GiasCommandLine.run(
                        new String[] {"generate-gias", "--scale", "huge", dir.toString()},
                        HubcycleApplication.class,
                        out.stream))
                .isEqualTo(2);
    }

    @Test
    void importsWithoutTheWebServerAndFailsWhenAFileIsRefused() throws Exception {
        Path good = Files.write(
                dir.resolve("edubasealldata.csv"),
                GiasFiles.establishments(List.of(GiasFiles.establishment(980_000, "Command Line Primary School"))));
        Path bad = Files.writeString(dir.resolve("notes.csv"), "not,gias\n1,2\n");

        Output ok = new Output();
        assertThat(GiasCommandLine.run(
                        new String[] {"import-gias", good.toString()}, HubcycleApplication.class, ok.stream))
                .isZero();
        assertThat(ok.text())
                .contains("edubasealldata.csv (establishments): ")
                .containsPattern("(1 created|1 unchanged)");

        Output refused = new Output();
        assertThat(GiasCommandLine.run(
                        new String[] {
                            "import-gias",
                            good.toString(),
                            bad.toString(),
                            dir.resolve("missing.csv").toString()
                        },
                        HubcycleApplication.class,
                        refused.stream))
                .isEqualTo(1);
        assertThat(refused.text())
                .contains(
                        "1 unchanged",
                        "notes.csv: refused: the header row is not that of a GIAS",
                        "missing.csv: refused: there is no such file");
    }

    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
