package org.hubcycle.directory.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.directory.gias.ImportReport.SkippedRow;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class GiasImporterTest {

    /** Each test takes URNs of its own, far from the demo data's. */
    private static final AtomicInteger NEXT_URN = new AtomicInteger(900_000);

    @Autowired
    GiasImporter importer;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportHistory history;

    @Test
    void readsWindows1252NamesQuotedCommasAndNotApplicable() {
        int urn = NEXT_URN.addAndGet(10);
        Map<String, String> accented = GiasFiles.establishment(urn, "École FIERTÉ, Sainte-Hélène’s Primary");
        accented.put("PercentageFSM", "Not applicable");
        ImportReport report = run("edubasealldata20261101.csv", GiasFiles.establishments(List.of(accented)));

        assertThat(report.isRefused()).isFalse();
        assertThat(report.kind()).isEqualTo("establishments");
        assertThat(report.created()).isEqualTo(1);
        SchoolSummary school = schools.get(urn);
        assertThat(school.name()).isEqualTo("École FIERTÉ, Sainte-Hélène’s Primary");
        assertThat(school.percentFsm()).isNull();
        assertThat(school.trustUid()).isNull();
    }

    @Test
    void reconcilesByUrnWithoutRewritingUnchangedRowsOrDeletingMissingOnes() {
        int first = NEXT_URN.addAndGet(10);
        int second = first + 1;
        byte[] original = GiasFiles.establishments(List.of(
                GiasFiles.establishment(first, "Ashford Primary School"),
                GiasFiles.establishment(second, "Bramley Infant School")));
        assertThat(run("e.csv", original).created()).isEqualTo(2);

        ImportReport again = run("e.csv", original);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);

        Map<String, String> closing = GiasFiles.establishment(first, "Ashford Primary School");
        closing.put("EstablishmentStatus (name)", "Closed");
        closing.put("CloseDate", "31-08-2026");
        ImportReport changed = run("e.csv", GiasFiles.establishments(List.of(closing)));
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.closed()).isEqualTo(1);
        assertThat(schools.get(first).status()).isEqualTo("Closed");
        assertThat(schools.find(second))
                .as("missing from the new extract, still kept")
                .isPresent();
    }

    @Test
    void aSchoolIsFoundByTheBeginningsOfTheWordsOfItsNameAndTownAsTheyChange() {
        int urn = NEXT_URN.addAndGet(10);
        Map<String, String> school = GiasFiles.establishment(urn, "Quillwort St Mary’s C of E (VA) Primary");
        school.put("Town", "Stoke-on-Trent");
        run("e.csv", GiasFiles.establishments(List.of(school)));

        for (String found : List.of("quillwort", "QUILL", "st mary's quill", "mary quillwort primary", "quill trent")) {
            assertThat(found(found)).as(found).contains(urn);
        }
        for (String notFound : List.of("illwort", "quillwort academy", "quillwortx", "%", "'")) {
            assertThat(found(notFound)).as(notFound).doesNotContain(urn);
        }

        school.put("EstablishmentName", "Quince Tree Primary");
        run("e.csv", GiasFiles.establishments(List.of(school)));
        assertThat(found("quillwort")).as("the old name's words are gone").doesNotContain(urn);
        assertThat(found("quince tree stoke")).contains(urn);
        assertThat(jdbc.queryForList("select word from school_word where urn = ?", String.class, urn))
                .containsExactlyInAnyOrder("quince", "tree", "primary", "stoke", "on", "trent");
        assertThat(jdbc.queryForList("select distinct search_name from school_word where urn = ?", String.class, urn))
                .as("each word carries the school's new sort name")
                .containsExactly("quince tree primary");
    }

    @Test
    void anAccentedNameIsFoundWithoutItsAccents() {
        int urn = NEXT_URN.addAndGet(10);
        run(
                "e.csv",
                GiasFiles.establishments(List.of(GiasFiles.establishment(urn, "École Zéphyrine Sainte-Hélène’s"))));
        assertThat(found("ecole zephyrine helenes")).contains(urn);
        assertThat(found("école zéphyrine")).contains(urn);
    }

    private List<Integer> found(String text) {
        return schools.search(SchoolSearch.text(text), PageRequest.of(0, 50))
                .map(SchoolSummary::urn)
                .getContent();
    }

    @Test
    void skipsBadRowsWithTheirLineNumbersAndImportsTheRest() {
        int urn = NEXT_URN.addAndGet(10);
        Map<String, String> noUrn = GiasFiles.establishment(urn + 1, "No URN School");
        noUrn.put("URN", "");
        Map<String, String> badDate = GiasFiles.establishment(urn + 2, "Bad Date School");
        badDate.put("OpenDate", "2020-09-01");
        Map<String, String> unknownStatus = GiasFiles.establishment(urn + 3, "Odd Status School");
        unknownStatus.put("EstablishmentStatus (name)", "Sort of open");
        ImportReport report = run(
                "e.csv",
                GiasFiles.establishments(List.of(
                        GiasFiles.establishment(urn, "Good School"),
                        noUrn,
                        badDate,
                        unknownStatus,
                        GiasFiles.establishment(urn, "Good School Again"))));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.skipped())
                .containsExactly(
                        new SkippedRow(3, "no URN"),
                        new SkippedRow(4, "OpenDate '2020-09-01' is not a date written dd-mm-yyyy"),
                        new SkippedRow(5, "EstablishmentStatus (name) 'Sort of open' is not one GIAS uses"),
                        new SkippedRow(6, "it repeats URN " + urn + " from an earlier row"));
        assertThat(schools.find(urn + 2)).isEmpty();
    }

    @Test
    void readsUtf8WithAByteOrderMarkAsExcelSavesIt() {
        int urn = NEXT_URN.addAndGet(10);
        byte[] file = GiasFiles.csv(
                GiasGenerator.ESTABLISHMENT_HEADER,
                List.of(GiasGenerator.ESTABLISHMENT_HEADER.stream()
                        .map(GiasFiles.establishment(urn, "Ysgol Pen-y-Bryn – St Mary’s Café")::get)
                        .toList()),
                StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        ImportReport report = run("excel.csv", file);

        assertThat(report.refusal()).isNull();
        assertThat(report.created()).isEqualTo(1);
        assertThat(schools.get(urn).name()).isEqualTo("Ysgol Pen-y-Bryn – St Mary’s Café");
    }

    @Test
    void readsUtf16WithOrWithoutAByteOrderMark() {
        int urn = NEXT_URN.addAndGet(10);
        byte[] withMark = GiasFiles.csv(
                GiasGenerator.ESTABLISHMENT_HEADER,
                List.of(GiasGenerator.ESTABLISHMENT_HEADER.stream()
                        .map(GiasFiles.establishment(urn, "Łódź Academy")::get)
                        .toList()),
                StandardCharsets.UTF_16LE,
                new byte[] {(byte) 0xFF, (byte) 0xFE});
        byte[] withoutMark = GiasFiles.csv(
                GiasGenerator.ESTABLISHMENT_HEADER,
                List.of(GiasGenerator.ESTABLISHMENT_HEADER.stream()
                        .map(GiasFiles.establishment(urn + 1, "Öland Primary")::get)
                        .toList()),
                StandardCharsets.UTF_16BE,
                new byte[0]);

        assertThat(run("utf16.csv", withMark).created()).isEqualTo(1);
        assertThat(run("utf16be.csv", withoutMark).created()).isEqualTo(1);
        assertThat(schools.get(urn).name()).isEqualTo("Łódź Academy");
        assertThat(schools.get(urn + 1).name()).isEqualTo("Öland Primary");
    }

    @Test
    void listsTheFirstSkippedRowsAndCountsTheRest() {
        StringBuilder file = new StringBuilder(String.join(",", GiasGenerator.LINK_HEADER)).append("\r\n");
        for (int i = 0; i < ImportReport.LISTED + 20; i++) {
            file.append("1,2\r\n");
        }

        ImportReport report = run("short-rows.csv", file.toString().getBytes(StandardCharsets.US_ASCII));

        assertThat(report.skippedTotal()).isEqualTo(ImportReport.LISTED + 20);
        assertThat(report.skipped())
                .hasSize(ImportReport.LISTED)
                .first()
                .isEqualTo(new SkippedRow(
                        2, "it has 2 values but the header has " + GiasGenerator.LINK_HEADER.size() + " columns"));
        assertThat(report.unlisted()).isEqualTo(20);
        assertThat(report.lines()).last().isEqualTo("  and 20 more skipped rows");
    }

    @Test
    void keepsAHistoryOfEveryImportRefusedOnesToo() {
        int urn = NEXT_URN.addAndGet(10);
        run("history-good.csv", GiasFiles.establishments(List.of(GiasFiles.establishment(urn, "History Primary"))));
        run("history-bad.csv", "Name,Email\n".getBytes(StandardCharsets.UTF_8));

        List<ImportHistory.PastImport> recent = history.recent();
        assertThat(recent.get(0).file()).isEqualTo("history-bad.csv");
        assertThat(recent.get(0).refusal()).contains("header row is not that of a GIAS");
        assertThat(recent.get(1).file()).isEqualTo("history-good.csv");
        assertThat(recent.get(1))
                .extracting(
                        ImportHistory.PastImport::kind, ImportHistory.PastImport::created, ImportHistory.PastImport::by)
                .containsExactly("establishments", 1, "command line");
    }

    @Test
    void refusesWhatIsNotAnExtractAndWritesNothing() {
        Integer before = jdbc.queryForObject("select count(*) from school", Integer.class);
        assertThat(run("notes.csv", "Name,Email\nSomeone,someone@example.test\n".getBytes(StandardCharsets.UTF_8))
                        .refusal())
                .contains("header row is not that of a GIAS");
        assertThat(run("empty.csv", new byte[0]).refusal()).isEqualTo("the file is empty");
        assertThat(run("schools.xlsx", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0})
                        .refusal())
                .contains("not a text file");
        assertThat(run(
                                "broken.csv",
                                (String.join(",", GiasGenerator.LINK_HEADER) + "\n\"1,2\n")
                                        .getBytes(StandardCharsets.UTF_8))
                        .refusal())
                .contains("not valid CSV");
        assertThat(jdbc.queryForObject("select count(*) from school", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void linksAcademyConversionsAndImportsTrusts() {
        int predecessor = NEXT_URN.addAndGet(10);
        int successor = predecessor + 1;
        int trust = 90_000 + predecessor % 1000;
        assertThat(run(
                                "g.csv",
                                GiasFiles.groups(List.of(List.of(
                                        String.valueOf(trust),
                                        "TR1",
                                        "Test Learning Trust",
                                        "01234567",
                                        "06",
                                        "Multi-academy trust",
                                        "",
                                        "1",
                                        "Open",
                                        "01-09-2015",
                                        "Testbury",
                                        "QZ1 1AA"))))
                        .created())
                .isEqualTo(1);
        Map<String, String> closed = GiasFiles.establishment(predecessor, "Castle Primary School");
        closed.put("EstablishmentStatus (name)", "Closed");
        closed.put("CloseDate", "31-08-2020");
        Map<String, String> academy = GiasFiles.establishment(successor, "Castle Primary Academy");
        academy.put("TypeOfEstablishment (name)", "Academy converter");
        academy.put("EstablishmentTypeGroup (name)", "Academies");
        academy.put("Trusts (code)", String.valueOf(trust));
        academy.put("Trusts (name)", "Test Learning Trust");
        run("e.csv", GiasFiles.establishments(List.of(closed, academy)));
        ImportReport links = run(
                "l.csv",
                GiasFiles.links(List.of(
                        List.of(
                                String.valueOf(successor),
                                String.valueOf(predecessor),
                                "Castle Primary School",
                                "Predecessor",
                                "01-09-2020"),
                        List.of(
                                String.valueOf(predecessor),
                                String.valueOf(successor),
                                "Castle Primary Academy",
                                "Successor",
                                "01-09-2020"))));
        assertThat(links.created()).isEqualTo(2);
        assertThat(schools.get(successor).trustName()).isEqualTo("Test Learning Trust");
        assertThat(jdbc.queryForObject(
                        "select count(*) from school_link where urn = ? and link_type = 'Successor'",
                        Integer.class,
                        predecessor))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondSchoolWithTheSameUrn() {
        int urn = NEXT_URN.addAndGet(10);
        run("e.csv", GiasFiles.establishments(List.of(GiasFiles.establishment(urn, "Only One School"))));
        assertThatThrownBy(() -> jdbc.update(
                        "insert into school (urn, name, search_name, la_code, type_name, type_group, status, "
                                + "phase, content_hash) values (?, 'Copy', 'copy', '999', 't', 'g', 'Open', 'Primary', 'x')",
                        urn))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private ImportReport run(String name, byte[] content) {
        return HubScope.asSystem(() -> importer.importFile(name, new ByteArrayInputStream(content)));
    }
}
