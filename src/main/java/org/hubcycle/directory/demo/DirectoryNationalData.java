package org.hubcycle.directory.demo;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.TimeConfiguration;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory's share of the national dataset: 40 fictional hubs sharing every local authority of
 * the imported GIAS extracts between them, and 50 people per hub (the LLMEs and leads to come).
 */
@Component
class DirectoryNationalData implements NationalData {

    static final int HUBS = 40;
    static final int PEOPLE_PER_HUB = 50;

    private static final String[] PLACES = {
        "Abbeyvale",
        "Ashcombe",
        "Barrowmere",
        "Bellhaven",
        "Brackenford",
        "Brightwater",
        "Calderwick",
        "Carrowby",
        "Cinderford Vale",
        "Coldharbour",
        "Deepdale",
        "Dunmore",
        "Eastwold",
        "Elmbridge Moor",
        "Fairhollow",
        "Fenwick Cross",
        "Glenmoor",
        "Greystone",
        "Harrowgate Fields",
        "Hollinsfield",
        "Ivybridge Down",
        "Kestrel Bay",
        "Kingsmere",
        "Larkhill Vale",
        "Lowmoor",
        "Marshwood",
        "Millbrook Chase",
        "Northolme",
        "Oakenshaw",
        "Pennybridge",
        "Quarry Hill",
        "Ravensworth",
        "Redwater",
        "Saltmarsh",
        "Silverdale Cross",
        "Stonebridge",
        "Thornbury Heath",
        "Upperwood",
        "Westfell",
        "Willowmere"
    };
    private static final String[] FIRST = {
        "Amara", "Ben", "Carys", "Dev", "Elin", "Farid", "Greta", "Hamza", "Iona", "Jude", "Kiran", "Lena", "Marek",
        "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vera", "Wyn", "Yasmin", "Zac"
    };
    private static final String[] LAST = {
        "Ashby",
        "Brennan",
        "Chowdhury",
        "Dlamini",
        "Evans",
        "Fairley",
        "Grainger",
        "Hussain",
        "Ibbotson",
        "Jarvis",
        "Kowalski",
        "Lindqvist",
        "Mensah",
        "Nakamura",
        "Okafor",
        "Pemberton",
        "Quigley",
        "Rahman",
        "Stanton",
        "Thackeray",
        "Umeh",
        "Varga",
        "Whitlock",
        "Yardley",
        "Zielinski"
    };

    private final JdbcTemplate jdbc;

    DirectoryNationalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(NationalDataset dataset) {
        Random random = dataset.random("directory");
        Bulk bulk = new Bulk(jdbc);
        List<String> authorities = jdbc.queryForList("SELECT code FROM local_authority ORDER BY code", String.class);
        Map<String, List<NationalDataset.School>> schoolsByLa = new HashMap<>();
        jdbc.query("SELECT urn, la_code, phase FROM school WHERE status = 'Open' ORDER BY urn", row -> {
            Phase phase = phase(row.getString("phase"));
            if (phase != null) {
                schoolsByLa
                        .computeIfAbsent(row.getString("la_code"), la -> new ArrayList<>())
                        .add(new NationalDataset.School(row.getInt("urn"), phase));
            }
        });
        long hubId = bulk.nextId("hub");
        long personId = bulk.nextId("person");
        // Added when the dataset's years begin, as the hubs would have added them: the nightly job then erases the
        // contact details of those it has not needed since (ADR 0050), as it would in a real installation.
        Timestamp added = Timestamp.from(dataset.years()
                .get(0)
                .firstDay()
                .atStartOfDay(TimeConfiguration.LONDON)
                .toInstant());
        List<Object[]> hubs = new ArrayList<>();
        List<Object[]> areas = new ArrayList<>();
        List<Object[]> people = new ArrayList<>();
        for (int h = 0; h < HUBS; h++, hubId++) {
            // Neighbouring codes together: each hub gets a run of local authorities.
            List<String> area = authorities.subList(h * authorities.size() / HUBS, (h + 1) * authorities.size() / HUBS);
            List<NationalDataset.School> schools = new ArrayList<>();
            area.forEach(la -> schools.addAll(schoolsByLa.getOrDefault(la, List.of())));
            String slug = PLACES[h].toLowerCase().replace(' ', '-') + "-maths-hub";
            hubs.add(new Object[] {
                hubId,
                slug,
                PLACES[h] + " Maths Hub",
                schools.isEmpty() ? null : schools.get(0).urn(),
                "hello@" + slug + ".national.test"
            });
            for (String la : area) {
                areas.add(new Object[] {la, hubId});
            }
            List<Long> ids = new ArrayList<>();
            for (int p = 0; p < PEOPLE_PER_HUB; p++, personId++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                people.add(new Object[] {
                    personId,
                    hubId,
                    name,
                    "person" + personId + "@national.test",
                    schools.isEmpty()
                            ? null
                            : schools.get(random.nextInt(schools.size())).urn(),
                    p % 5 == 0 ? "Maths lead" : "Class teacher",
                    added
                });
                ids.add(personId);
            }
            dataset.hubs.add(new NationalDataset.Hub(hubId, slug, List.copyOf(schools), List.copyOf(ids)));
        }
        bulk.insert("INSERT INTO hub (id, slug, name, lead_school_urn, contact_email) VALUES (?, ?, ?, ?, ?)", hubs);
        bulk.insert("INSERT INTO hub_area (la_code, hub_id) VALUES (?, ?)", areas);
        bulk.insert(
                "INSERT INTO person (id, hub_id, full_name, email, school_urn, job_title, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                people);
        bulk.restartIds("hub", "person");
    }

    /** GIAS phases as the pathways see them; all-through schools follow the secondary pathway. */
    private static Phase phase(String gias) {
        return switch (gias == null ? "" : gias) {
            case "Primary", "Middle deemed primary" -> Phase.PRIMARY;
            case "Secondary", "Middle deemed secondary", "All-through" -> Phase.SECONDARY;
            default -> null;
        };
    }
}
