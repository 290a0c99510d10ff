package org.hubcycle.directory.gias;

import static org.hubcycle.directory.gias.GiasValues.date;
import static org.hubcycle.directory.gias.GiasValues.decimal;
import static org.hubcycle.directory.gias.GiasValues.integer;
import static org.hubcycle.directory.gias.GiasValues.oneOf;
import static org.hubcycle.directory.gias.GiasValues.required;
import static org.hubcycle.directory.gias.GiasValues.text;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/** One usable row of an extract, parsed and checked. */
sealed interface GiasRow permits GiasRows.Establishment, GiasRows.Link, GiasRows.Group {

    Object key();

    String describeKey();
}

final class GiasRows {

    private GiasRows() {}

    static GiasRow parse(GiasFileKind kind, CSVRecord r) {
        return switch (kind) {
            case ESTABLISHMENTS -> establishment(r);
            case LINKS -> link(r);
            case GROUPS -> group(r);
        };
    }

    record Establishment(
            int urn,
            String name,
            String laCode,
            String laName,
            Integer establishmentNumber,
            String typeName,
            String typeGroup,
            String status,
            LocalDate openDate,
            LocalDate closeDate,
            String phase,
            Integer lowAge,
            Integer highAge,
            Integer pupils,
            BigDecimal percentFsm,
            Integer trustUid,
            String trustName,
            String ukprn,
            String street,
            String town,
            String postcode,
            String region,
            String ofstedRating,
            LocalDate lastChanged)
            implements GiasRow {

        @Override
        public Object key() {
            return urn;
        }

        @Override
        public String describeKey() {
            return "URN " + urn;
        }

        boolean closed() {
            return "Closed".equals(status);
        }

        String hash() {
            return GiasRows.hash(
                    name,
                    laCode,
                    laName,
                    establishmentNumber,
                    typeName,
                    typeGroup,
                    status,
                    openDate,
                    closeDate,
                    phase,
                    lowAge,
                    highAge,
                    pupils,
                    percentFsm == null ? null : percentFsm.stripTrailingZeros().toPlainString(),
                    trustUid,
                    trustName,
                    ukprn,
                    street,
                    town,
                    postcode,
                    region,
                    ofstedRating,
                    lastChanged);
        }
    }

    record Link(int urn, int linkUrn, String linkType, String linkName, LocalDate established) implements GiasRow {

        @Override
        public Object key() {
            return urn + "/" + linkUrn + "/" + linkType;
        }

        @Override
        public String describeKey() {
            return "the link from URN " + urn + " to " + linkUrn + " (" + linkType + ")";
        }
    }

    record Group(
            int uid,
            String name,
            String companiesHouseNumber,
            String groupType,
            String status,
            LocalDate openDate,
            LocalDate closeDate)
            implements GiasRow {

        @Override
        public Object key() {
            return uid;
        }

        @Override
        public String describeKey() {
            return "Group UID " + uid;
        }

        String hash() {
            return GiasRows.hash(name, companiesHouseNumber, groupType, status, openDate, closeDate);
        }
    }

    private static Establishment establishment(CSVRecord r) {
        Integer urn = integer("URN", required("URN", r.get("URN")));
        String laCode = required("LA (code)", r.get("LA (code)"));
        if (!laCode.matches("\\d{3}")) {
            throw new GiasValues.BadValue("LA (code) '" + laCode + "' is not three digits");
        }
        String ukprn = text(r.get("UKPRN"));
        return new Establishment(
                urn,
                required("EstablishmentName", r.get("EstablishmentName")),
                laCode,
                required("LA (name)", r.get("LA (name)")),
                integer("EstablishmentNumber", r.get("EstablishmentNumber")),
                required("TypeOfEstablishment (name)", r.get("TypeOfEstablishment (name)")),
                oneOf("EstablishmentTypeGroup (name)", r.get("EstablishmentTypeGroup (name)"), GiasValues.TYPE_GROUPS),
                oneOf("EstablishmentStatus (name)", r.get("EstablishmentStatus (name)"), GiasValues.STATUSES),
                date("OpenDate", r.get("OpenDate")),
                date("CloseDate", r.get("CloseDate")),
                oneOf("PhaseOfEducation (name)", r.get("PhaseOfEducation (name)"), GiasValues.PHASES),
                integer("StatutoryLowAge", r.get("StatutoryLowAge")),
                integer("StatutoryHighAge", r.get("StatutoryHighAge")),
                integer("NumberOfPupils", r.get("NumberOfPupils")),
                decimal("PercentageFSM", r.get("PercentageFSM")),
                integer("Trusts (code)", r.get("Trusts (code)")),
                text(r.get("Trusts (name)")),
                ukprn,
                text(r.get("Street")),
                text(r.get("Town")),
                text(r.get("Postcode")),
                text(r.get("GOR (name)")),
                text(r.get("OfstedRating (name)")),
                date("LastChangedDate", r.get("LastChangedDate")));
    }

    private static Link link(CSVRecord r) {
        return new Link(
                integer("URN", required("URN", r.get("URN"))),
                integer("LinkURN", required("LinkURN", r.get("LinkURN"))),
                required("LinkType", r.get("LinkType")),
                text(r.get("LinkName")),
                date("LinkEstablishedDate", r.get("LinkEstablishedDate")));
    }

    private static Group group(CSVRecord r) {
        return new Group(
                integer("Group UID", required("Group UID", r.get("Group UID"))),
                required("Group Name", r.get("Group Name")),
                optional(r, "Companies House Number"),
                required("Group Type", r.get("Group Type")),
                required("Group Status", r.get("Group Status")),
                date("Incorporated on (open date)", optional(r, "Incorporated on (open date)")),
                date("Closed Date", optional(r, "Closed Date")));
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) ? text(r.get(column)) : null;
    }

    /** A short digest of a row's values, so that an unchanged row is recognised without comparing every column. */
    static String hash(Object... values) {
        String joined = Stream.of(values).map(v -> Objects.toString(v, "")).collect(Collectors.joining("\u001f"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
