package org.hubcycle.directory.gias;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.hubcycle.directory.domain.SchoolWords;
import org.hubcycle.directory.gias.GiasImporter.Counts;
import org.hubcycle.directory.gias.GiasRows.Establishment;
import org.hubcycle.directory.gias.GiasRows.Group;
import org.hubcycle.directory.gias.GiasRows.Link;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes parsed rows to the directory's tables in JDBC batches, inside the caller's transaction:
 * new keys are inserted, changed rows (by content hash) updated, unchanged rows left alone, and rows
 * missing from the file kept.
 */
@Component
class GiasTables {

    private static final int BATCH = 1000;

    private static final String SCHOOL_COLUMNS =
            "name, search_name, search_text, la_code, establishment_number, type_name, type_group, "
                    + "status, open_date, close_date, phase, low_age, high_age, pupils, percent_fsm, trust_uid, trust_name, ukprn, "
                    + "street, town, postcode, search_postcode, region, ofsted_rating, last_changed, content_hash";

    private static final String INSERT_SCHOOL = "insert into school (" + SCHOOL_COLUMNS + ", urn) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE_SCHOOL =
            "update school set " + SCHOOL_COLUMNS.replace(",", " = ?,") + " = ? where urn = ?";

    private final JdbcTemplate jdbc;

    GiasTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reconciles one file with its table, a chunk of rows at a time, so a file of any length is never
     * held in memory whole: what the table holds is read once, at the start.
     */
    final class Reconciliation {

        private final GiasFileKind kind;
        private final Counts counts = new Counts();
        private final Map<Integer, Known> known;
        private final Map<String, Link> knownLinks;

        private Reconciliation(GiasFileKind kind) {
            this.kind = kind;
            this.known = switch (kind) {
                case ESTABLISHMENTS -> known("select urn, content_hash, status from school");
                case GROUPS -> known("select uid, content_hash, status from trust");
                case LINKS -> Map.of();
            };
            this.knownLinks = kind == GiasFileKind.LINKS ? knownLinks() : Map.of();
        }

        void add(List<Object> rows) {
            switch (kind) {
                case ESTABLISHMENTS ->
                    establishments(rows.stream().map(Establishment.class::cast).toList(), known, counts);
                case LINKS -> links(rows.stream().map(Link.class::cast).toList(), knownLinks, counts);
                case GROUPS -> groups(rows.stream().map(Group.class::cast).toList(), known, counts);
            }
        }

        Counts counts() {
            return counts;
        }
    }

    Reconciliation begin(GiasFileKind kind) {
        return new Reconciliation(kind);
    }

    private record Known(String hash, String status) {}

    private void establishments(List<Establishment> rows, Map<Integer, Known> known, Counts counts) {
        localAuthorities(rows);
        Plan<Establishment> plan =
                plan(rows, known, Establishment::urn, Establishment::hash, Establishment::closed, counts);
        jdbc.batchUpdate(INSERT_SCHOOL, plan.inserts(), BATCH, GiasTables::bindSchool);
        jdbc.batchUpdate(UPDATE_SCHOOL, plan.updates(), BATCH, GiasTables::bindSchool);
        words(plan);
    }

    /**
     * A changed school's words are written again: its name or town may be what changed. Each word carries
     * the school's sort name, so a word search orders its matches without reading the schools.
     */
    private void words(Plan<Establishment> plan) {
        jdbc.batchUpdate(
                "delete from school_word where urn = ?", plan.updates(), BATCH, (ps, row) -> ps.setInt(1, row.urn()));
        List<Object[]> words = new ArrayList<>();
        for (List<Establishment> rows : List.of(plan.inserts(), plan.updates())) {
            for (Establishment row : rows) {
                String name = GiasValues.searchable(row.name());
                SchoolWords.of(searchText(row)).forEach(word -> words.add(new Object[] {row.urn(), word, name}));
            }
        }
        jdbc.batchUpdate(
                "insert into school_word (urn, word, search_name) values (?, ?, ?)", words, BATCH, (ps, word) -> {
                    ps.setInt(1, (Integer) word[0]);
                    ps.setString(2, (String) word[1]);
                    ps.setString(3, (String) word[2]);
                });
    }

    private static String searchText(Establishment row) {
        return GiasValues.searchable(row.town() == null ? row.name() : row.name() + " | " + row.town());
    }

    /** Rows to insert and to update; unchanged rows and closures are counted. */
    private record Plan<R>(List<R> inserts, List<R> updates) {}

    private static <R> Plan<R> plan(
            List<R> rows,
            Map<Integer, Known> known,
            ToIntFunction<R> key,
            Function<R, String> hash,
            Predicate<R> closed,
            Counts counts) {
        Plan<R> plan = new Plan<>(new ArrayList<>(), new ArrayList<>());
        for (R row : rows) {
            Known before = known.get(key.applyAsInt(row));
            if (before == null) {
                plan.inserts().add(row);
            } else if (before.hash().equals(hash.apply(row))) {
                counts.unchanged++;
            } else {
                plan.updates().add(row);
                if (closed.test(row) && !"Closed".equals(before.status())) {
                    counts.closed++;
                }
            }
        }
        counts.created += plan.inserts().size();
        counts.updated += plan.updates().size();
        return plan;
    }

    /** Key, content hash and status of every row already in a table, from a query selecting those three. */
    private Map<Integer, Known> known(String sql) {
        Map<Integer, Known> known = new HashMap<>();
        jdbc.query(sql, rs -> {
            known.put(rs.getInt(1), new Known(rs.getString(2), rs.getString(3)));
        });
        return known;
    }

    private void localAuthorities(List<Establishment> rows) {
        Map<String, String> inFile = new LinkedHashMap<>();
        rows.forEach(row -> inFile.putIfAbsent(row.laCode(), row.laName()));
        Map<String, String> known = new HashMap<>();
        jdbc.query("select code, name from local_authority", rs -> {
            known.put(rs.getString(1), rs.getString(2));
        });
        inFile.forEach((code, name) -> {
            if (!known.containsKey(code)) {
                jdbc.update("insert into local_authority (code, name) values (?, ?)", code, name);
            } else if (!known.get(code).equals(name)) {
                jdbc.update("update local_authority set name = ? where code = ?", name, code);
            }
        });
    }

    private static void bindSchool(PreparedStatement ps, Establishment row) throws SQLException {
        int i = 1;
        ps.setString(i++, row.name());
        ps.setString(i++, GiasValues.searchable(row.name()));
        ps.setString(i++, searchText(row));
        ps.setString(i++, row.laCode());
        setInt(ps, i++, row.establishmentNumber());
        ps.setString(i++, row.typeName());
        ps.setString(i++, row.typeGroup());
        ps.setString(i++, row.status());
        setDate(ps, i++, row.openDate());
        setDate(ps, i++, row.closeDate());
        ps.setString(i++, row.phase());
        setInt(ps, i++, row.lowAge());
        setInt(ps, i++, row.highAge());
        setInt(ps, i++, row.pupils());
        ps.setBigDecimal(i++, row.percentFsm());
        setInt(ps, i++, row.trustUid());
        ps.setString(i++, row.trustName());
        ps.setString(i++, row.ukprn());
        ps.setString(i++, row.street());
        ps.setString(i++, row.town());
        ps.setString(i++, row.postcode());
        ps.setString(i++, GiasValues.postcodeKey(row.postcode()));
        ps.setString(i++, row.region());
        ps.setString(i++, row.ofstedRating());
        setDate(ps, i++, row.lastChanged());
        ps.setString(i++, row.hash());
        ps.setInt(i, row.urn());
    }

    private Map<String, Link> knownLinks() {
        Map<String, Link> known = new HashMap<>();
        jdbc.query("select urn, link_urn, link_type, link_name, established_date from school_link", rs -> {
            Date established = rs.getDate(5);
            Link link = new Link(
                    rs.getInt(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    established == null ? null : established.toLocalDate());
            known.put((String) link.key(), link);
        });
        return known;
    }

    private void links(List<Link> rows, Map<String, Link> known, Counts counts) {
        List<Link> inserts = new ArrayList<>();
        List<Link> updates = new ArrayList<>();
        for (Link row : rows) {
            Link before = known.get((String) row.key());
            if (before == null) {
                inserts.add(row);
            } else if (before.equals(row)) {
                counts.unchanged++;
            } else {
                updates.add(row);
            }
        }
        jdbc.batchUpdate(
                "insert into school_link (link_name, established_date, urn, link_urn, link_type) values (?, ?, ?, ?, ?)",
                inserts,
                BATCH,
                GiasTables::bindLink);
        jdbc.batchUpdate(
                "update school_link set link_name = ?, established_date = ? where urn = ? and link_urn = ? and link_type = ?",
                updates,
                BATCH,
                GiasTables::bindLink);
        counts.created += inserts.size();
        counts.updated += updates.size();
    }

    private static void bindLink(PreparedStatement ps, Link row) throws SQLException {
        ps.setString(1, row.linkName());
        setDate(ps, 2, row.established());
        ps.setInt(3, row.urn());
        ps.setInt(4, row.linkUrn());
        ps.setString(5, row.linkType());
    }

    private void groups(List<Group> rows, Map<Integer, Known> known, Counts counts) {
        Plan<Group> plan = plan(rows, known, Group::uid, Group::hash, group -> "Closed".equals(group.status()), counts);
        String columns =
                "name = ?, search_name = ?, companies_house_number = ?, group_type = ?, status = ?, open_date = ?, "
                        + "close_date = ?, content_hash = ?";
        jdbc.batchUpdate(
                "insert into trust (name, search_name, companies_house_number, group_type, status, open_date, close_date, "
                        + "content_hash, uid) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan.inserts(),
                BATCH,
                GiasTables::bindGroup);
        jdbc.batchUpdate(
                "update trust set " + columns + " where uid = ?", plan.updates(), BATCH, GiasTables::bindGroup);
    }

    private static void bindGroup(PreparedStatement ps, Group row) throws SQLException {
        ps.setString(1, row.name());
        ps.setString(2, GiasValues.searchable(row.name()));
        ps.setString(3, row.companiesHouseNumber());
        ps.setString(4, row.groupType());
        ps.setString(5, row.status());
        setDate(ps, 6, row.openDate());
        setDate(ps, 7, row.closeDate());
        ps.setString(8, row.hash());
        ps.setInt(9, row.uid());
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(value));
        }
    }
}
