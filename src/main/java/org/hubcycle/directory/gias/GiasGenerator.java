package org.hubcycle.directory.gias;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes fictional GIAS extracts (establishments, links, groups) in GIAS's own formats:
 * Windows-1252, {@code dd-mm-yyyy} dates, "Not applicable" for nothing, closed schools included and
 * academy conversions linked to their predecessors. Every name, place and postcode is invented (the
 * postcode areas QA–QZ do not exist); the same scale and seed always write the same files.
 */
public final class GiasGenerator {

    /** How much to write. */
    public enum Scale {
        /** The demo hubs' six local authorities: about 2,000 establishments. */
        DEMO(
                2_000,
                90,
                List.of(
                        new Area("881", "Aldermoor", "North West"), new Area("882", "Brackenford", "North West"),
                        new Area("883", "Castlewick", "North West"),
                                new Area("884", "Northfield", "Yorkshire and the Humber"),
                        new Area("885", "Elmstead", "Yorkshire and the Humber"),
                                new Area("886", "Fenbury", "Yorkshire and the Humber"))),
        /** England-sized: about 50,000 establishments in 152 local authorities and 2,500 trusts. */
        NATIONAL(50_000, 2_500, nationalAreas());

        final int establishments;
        final int trusts;
        final List<Area> areas;

        Scale(int establishments, int trusts, List<Area> areas) {
            this.establishments = establishments;
            this.trusts = trusts;
            this.areas = areas;
        }
    }

    /** A local authority and its region. */
    public record Area(String code, String name, String region) {}

    public record Files3(Path establishments, Path links, Path groups) {}

    static final String[] REGIONS = {
        "North East",
        "North West",
        "Yorkshire and the Humber",
        "East Midlands",
        "West Midlands",
        "East of England",
        "London",
        "South East",
        "South West"
    };

    private static final String[] PLACE_START = {
        "Ash", "Bram", "Cal", "Dun", "Elm", "Fen", "Glen", "Hart", "Ivy", "Kings", "Lang", "Mar", "Nor", "Oak", "Pen",
        "Quar", "Rose", "Stan", "Thorn", "Up", "Wel", "Yar", "Alder", "Beck", "Cran", "Dal", "Ever", "Fair", "Gold",
        "Hol", "Kel", "Lin", "Mill", "New", "Ort", "Pear", "Red", "Shel", "Tam", "Wick"
    };
    private static final String[] PLACE_END = {
        "ford", "bury", "ton", "ley", "field", "wick", "combe", "dale", "ham", "stead", "worth", "mere", "bridge",
        "gate", "hurst", "moor", "well", "by", "thorpe", "den"
    };
    private static final String[] SAINTS = {
        "Mary", "Hélène", "Aidan", "Bede", "Cuthbert", "Hilda", "Oswald", "Wilfrid", "Chad", "Anne", "Joseph", "Peter"
    };
    private static final String[] STREETS = {
        "School Lane",
        "Church Road",
        "Mill Street",
        "Park Avenue",
        "Station Road",
        "Green Lane",
        "High Street",
        "Orchard Way",
        "Victoria Road",
        "The Crescent"
    };
    private static final String[] OFSTED = {"Outstanding", "Good", "Good", "Good", "Requires improvement", "Inadequate"
    };

    static final List<String> ESTABLISHMENT_HEADER = List.of(
            "URN",
            "LA (code)",
            "LA (name)",
            "EstablishmentNumber",
            "EstablishmentName",
            "TypeOfEstablishment (code)",
            "TypeOfEstablishment (name)",
            "EstablishmentTypeGroup (code)",
            "EstablishmentTypeGroup (name)",
            "EstablishmentStatus (code)",
            "EstablishmentStatus (name)",
            "ReasonEstablishmentOpened (name)",
            "OpenDate",
            "ReasonEstablishmentClosed (name)",
            "CloseDate",
            "PhaseOfEducation (code)",
            "PhaseOfEducation (name)",
            "StatutoryLowAge",
            "StatutoryHighAge",
            "Boarders (name)",
            "NurseryProvision (name)",
            "OfficialSixthForm (name)",
            "Gender (name)",
            "ReligiousCharacter (name)",
            "AdmissionsPolicy (name)",
            "SchoolCapacity",
            "CensusDate",
            "NumberOfPupils",
            "NumberOfBoys",
            "NumberOfGirls",
            "PercentageFSM",
            "TrustSchoolFlag (name)",
            "Trusts (code)",
            "Trusts (name)",
            "UKPRN",
            "LastChangedDate",
            "Street",
            "Locality",
            "Address3",
            "Town",
            "County (name)",
            "Postcode",
            "SchoolWebsite",
            "TelephoneNum",
            "GOR (code)",
            "GOR (name)",
            "OfstedRating (name)",
            "OfstedLastInsp");

    static final List<String> LINK_HEADER = List.of("URN", "LinkURN", "LinkName", "LinkType", "LinkEstablishedDate");

    static final List<String> GROUP_HEADER = List.of(
            "Group UID",
            "Group ID",
            "Group Name",
            "Companies House Number",
            "Group Type (code)",
            "Group Type",
            "Closed Date",
            "Group Status (code)",
            "Group Status",
            "Incorporated on (open date)",
            "Group Town",
            "Group Postcode");

    private final Random random;
    private final Scale scale;

    private GiasGenerator(Scale scale, long seed) {
        this.scale = scale;
        this.random = new Random(seed);
    }

    /** Writes the three extracts into {@code directory}, named as GIAS names them for {@code extractDate}. */
    public static Files3 write(Scale scale, Path directory, LocalDate extractDate) throws IOException {
        return new GiasGenerator(scale, 20_261_122L + scale.ordinal()).writeAll(directory, extractDate);
    }

    private record Trust(int uid, String name) {}

    private Files3 writeAll(Path directory, LocalDate extractDate) throws IOException {
        Files.createDirectories(directory);
        String stamp = extractDate.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        Path establishments = directory.resolve("edubasealldata" + stamp + ".csv");
        Path links = directory.resolve("links_edubasealldata" + stamp + ".csv");
        Path groups = directory.resolve("allgroupsdata" + stamp + ".csv");

        List<Trust> trusts = new ArrayList<>();
        try (CSVPrinter out = printer(groups, GROUP_HEADER)) {
            for (int i = 0; i < scale.trusts; i++) {
                int uid = 10_000 + i;
                boolean multi = random.nextInt(10) < 8;
                String name = (random.nextBoolean() ? "The " + place() + " " : place() + " ")
                        + (multi
                                ? pick("Learning Trust", "Academies Trust", "Education Partnership", "Schools Trust")
                                : "Academy Trust");
                boolean closed = random.nextInt(20) == 0;
                trusts.add(new Trust(uid, name));
                out.printRecord(
                        uid,
                        "TR" + (1000 + i),
                        name,
                        "%08d".formatted(7_000_000 + i * 7),
                        multi ? "06" : "10",
                        multi ? "Multi-academy trust" : "Single-academy trust",
                        closed ? date(2015, 2025) : "",
                        closed ? "2" : "1",
                        closed ? "Closed" : "Open",
                        date(2010, 2022),
                        place(),
                        postcode(i));
            }
        }

        try (CSVPrinter schools = printer(establishments, ESTABLISHMENT_HEADER);
                CSVPrinter linked = printer(links, LINK_HEADER)) {
            int urn = 100_000;
            int written = 0;
            while (written < scale.establishments) {
                Area area = scale.areas.get(written % scale.areas.size());
                int kind = random.nextInt(100);
                if (kind < 20 && written + 2 <= scale.establishments) {
                    // An academy conversion: a closed maintained school and the open academy that succeeded it.
                    String name = schoolName("Primary");
                    String converted = date(2011, 2024);
                    Trust trust = trusts.get(random.nextInt(trusts.size()));
                    int predecessor = urn++;
                    int successor = urn++;
                    schools.printRecord(establishment(
                            predecessor,
                            area,
                            name,
                            "Community school",
                            "Local authority maintained schools",
                            "Closed",
                            converted,
                            "Primary",
                            null,
                            0));
                    schools.printRecord(establishment(
                            successor,
                            area,
                            name.replace(" School", " Academy"),
                            "Academy converter",
                            "Academies",
                            "Open",
                            null,
                            "Primary",
                            trust,
                            0));
                    linked.printRecord(successor, predecessor, name, "Predecessor", converted);
                    linked.printRecord(
                            predecessor, successor, name.replace(" School", " Academy"), "Successor", converted);
                    written += 2;
                    continue;
                }
                String phase = kind < 65
                        ? "Primary"
                        : kind < 85
                                ? "Secondary"
                                : kind < 88
                                        ? "All-through"
                                        : kind < 91 ? "16 plus" : kind < 93 ? "Nursery" : "Not applicable";
                String[] type = typeFor(phase);
                String status = random.nextInt(100) < 72
                        ? "Open"
                        : random.nextInt(10) < 8
                                ? "Closed"
                                : random.nextBoolean() ? "Open, but proposed to close" : "Proposed to open";
                Trust trust = type[1].equals("Academies") || type[1].equals("Free Schools")
                        ? trusts.get(random.nextInt(trusts.size()))
                        : null;
                schools.printRecord(establishment(
                        urn++,
                        area,
                        schoolName(phase),
                        type[0],
                        type[1],
                        status,
                        status.equals("Closed") ? date(2000, 2025) : null,
                        phase,
                        trust,
                        random.nextInt(3)));
                written++;
            }
        }
        return new Files3(establishments, links, groups);
    }

    private List<Object> establishment(
            int urn,
            Area area,
            String name,
            String typeName,
            String typeGroup,
            String status,
            String closeDate,
            String phase,
            Trust trust,
            int oddity) {
        int[] ages = switch (phase) {
            case "Primary" -> new int[] {4, 11};
            case "Secondary" -> new int[] {11, 18};
            case "All-through" -> new int[] {4, 18};
            case "16 plus" -> new int[] {16, 99};
            case "Nursery" -> new int[] {2, 5};
            default -> new int[] {5, 19};
        };
        int pupils = switch (phase) {
            case "Primary" -> 80 + random.nextInt(520);
            case "Secondary", "All-through" -> 500 + random.nextInt(1400);
            default -> 30 + random.nextInt(300);
        };
        boolean closed = status.equals("Closed");
        String town = place();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("URN", urn);
        v.put("LA (code)", area.code());
        v.put("LA (name)", area.name());
        v.put("EstablishmentNumber", 1000 + urn % 9000);
        v.put("EstablishmentName", name);
        v.put("TypeOfEstablishment (code)", Math.abs(typeName.hashCode() % 50));
        v.put("TypeOfEstablishment (name)", typeName);
        v.put("EstablishmentTypeGroup (code)", Math.abs(typeGroup.hashCode() % 12));
        v.put("EstablishmentTypeGroup (name)", typeGroup);
        v.put("EstablishmentStatus (code)", closed ? 2 : 1);
        v.put("EstablishmentStatus (name)", status);
        v.put(
                "ReasonEstablishmentOpened (name)",
                typeGroup.equals("Academies") ? "Academy Converter" : "Not applicable");
        v.put("OpenDate", typeGroup.equals("Academies") ? date(2011, 2024) : oddity == 0 ? "" : date(1950, 2010));
        v.put("ReasonEstablishmentClosed (name)", closed ? "Academy Converter" : "Not applicable");
        v.put("CloseDate", closeDate == null ? "" : closeDate);
        v.put("PhaseOfEducation (code)", phase.length());
        v.put("PhaseOfEducation (name)", phase);
        v.put("StatutoryLowAge", ages[0]);
        v.put("StatutoryHighAge", ages[1]);
        v.put("Boarders (name)", "No boarders");
        v.put("NurseryProvision (name)", phase.equals("Primary") ? "Has Nursery Classes" : "No Nursery Classes");
        v.put(
                "OfficialSixthForm (name)",
                phase.equals("Secondary") ? "Has a sixth form" : "Does not have a sixth form");
        v.put("Gender (name)", "Mixed");
        v.put("ReligiousCharacter (name)", name.startsWith("St ") ? "Church of England" : "Does not apply");
        v.put("AdmissionsPolicy (name)", "Not applicable");
        v.put("SchoolCapacity", pupils + random.nextInt(100));
        v.put("CensusDate", closed ? "" : "16-01-2026");
        v.put("NumberOfPupils", closed ? "" : pupils);
        v.put("NumberOfBoys", closed ? "" : pupils / 2);
        v.put("NumberOfGirls", closed ? "" : pupils - pupils / 2);
        v.put("PercentageFSM", closed ? "" : "%.1f".formatted(2 + random.nextDouble() * 58));
        v.put("TrustSchoolFlag (name)", trust == null ? "Not applicable" : "Supported by a multi-academy trust");
        v.put("Trusts (code)", trust == null ? "" : trust.uid());
        v.put("Trusts (name)", trust == null ? "" : trust.name());
        v.put("UKPRN", random.nextInt(4) == 0 ? "" : String.valueOf(10_000_000 + urn));
        v.put("LastChangedDate", date(2024, 2026));
        v.put("Street", (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)]);
        v.put("Locality", "");
        v.put("Address3", "");
        v.put("Town", town);
        v.put("County (name)", "Not applicable");
        v.put("Postcode", postcode(urn));
        v.put("SchoolWebsite", "");
        v.put("TelephoneNum", "");
        v.put("GOR (code)", String.valueOf((char) ('A' + List.of(REGIONS).indexOf(area.region()))));
        v.put("GOR (name)", area.region());
        v.put("OfstedRating (name)", closed ? "" : OFSTED[random.nextInt(OFSTED.length)]);
        v.put("OfstedLastInsp", closed ? "" : date(2015, 2025));
        return new ArrayList<>(v.values());
    }

    private String[] typeFor(String phase) {
        int r = random.nextInt(100);
        if (phase.equals("16 plus")) {
            return r < 70
                    ? new String[] {"Further education", "Colleges"}
                    : new String[] {"Free schools 16 to 19", "Free Schools"};
        }
        if (phase.equals("Not applicable")) {
            return r < 60
                    ? new String[] {"Community special school", "Special schools"}
                    : new String[] {"Other independent school", "Independent schools"};
        }
        if (r < 45) {
            return new String[] {
                pick("Community school", "Voluntary aided school", "Voluntary controlled school", "Foundation school"),
                "Local authority maintained schools"
            };
        }
        if (r < 85) {
            return new String[] {pick("Academy converter", "Academy sponsor led"), "Academies"};
        }
        if (r < 90) {
            return new String[] {"Free schools", "Free Schools"};
        }
        return new String[] {"Other independent school", "Independent schools"};
    }

    private String schoolName(String phase) {
        int r = random.nextInt(10);
        return switch (phase) {
            case "Primary" ->
                r == 0
                        ? "St " + SAINTS[random.nextInt(SAINTS.length)] + "\u2019s C of E Primary School"
                        : place() + (r < 4 ? " Infant School" : r < 6 ? " Junior School" : " Primary School");
            case "Secondary" -> place() + (r < 5 ? " High School" : r < 8 ? " Academy" : " Community College");
            case "All-through" -> place() + " All-Through School";
            case "16 plus" -> place() + " Sixth Form College";
            case "Nursery" -> place() + " Nursery School";
            default -> place() + (r < 5 ? " Special School" : " School");
        };
    }

    private String place() {
        return PLACE_START[random.nextInt(PLACE_START.length)] + PLACE_END[random.nextInt(PLACE_END.length)];
    }

    private String postcode(int n) {
        return "Q" + (char) ('A' + random.nextInt(26)) + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private String date(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        long days = LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay();
        return start.plusDays(random.nextLong(days)).format(GiasValues.DATE);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, GiasImporter.WINDOWS_1252);
        return CSVFormat.DEFAULT
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setRecordSeparator("\r\n")
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(writer);
    }

    private static List<Area> nationalAreas() {
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < 152; i++) {
            String name = PLACE_START[i % PLACE_START.length]
                    + PLACE_END[(i * 7) % PLACE_END.length]
                    + (i % 3 == 0 ? "shire" : "");
            areas.add(new Area(String.valueOf(800 + i), name, REGIONS[i % REGIONS.length]));
        }
        return areas;
    }
}
