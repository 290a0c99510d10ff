package org.hubcycle.access.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hubcycle.access.internal.Role;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.national.Bulk;
import org.hubcycle.shared.national.NationalData;
import org.hubcycle.shared.national.NationalDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The sign-ins benchmarks use on the national dataset: a national admin ({@code national@national.test}),
 * a lead of every hub ({@code lead01@national.test} to {@code lead40@}), in each of the first three hubs the
 * approved contacts of a hundred of its schools ({@code school01-001@national.test}…), and, as accepting their
 * invitations makes, an account for every participant who holds a place this year ({@code teacher<id>@}, the
 * participant role and no hub), all with the password given to {@code load-national}. Participants are most of
 * Hubcycle's accounts, so the account pages and the participant's own pages are measured at their number. After
 * enrolment has made the places.
 */
@Component
class AccessNationalData implements NationalData {

    static final int HUB_LEADS = 40;
    static final int HUBS_WITH_CONTACTS = 3;
    static final int SCHOOL_CONTACTS = 100;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    AccessNationalData(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void load(NationalDataset dataset) {
        Bulk bulk = new Bulk(jdbc);
        long id = bulk.nextId("app_user");
        String hash = passwords.encode(dataset.password());
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> users = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        users.add(new Object[] {id, "national@national.test", "Nell National", hash, null, true, now});
        roles.add(new Object[] {id, Role.NATIONAL_ADMIN.name()});
        for (int i = 0; i < HUB_LEADS && i < dataset.hubs.size(); i++) {
            long lead = ++id;
            users.add(new Object[] {
                lead,
                "lead%02d@national.test".formatted(i + 1),
                "Lead of hub " + (i + 1),
                hash,
                dataset.hubs.get(i).id(),
                true,
                now
            });
            roles.add(new Object[] {lead, Role.HUB_LEAD.name()});
        }
        List<Object[]> contacts = new ArrayList<>();
        for (int i = 0; i < HUBS_WITH_CONTACTS && i < dataset.hubs.size(); i++) {
            List<NationalDataset.School> schools = dataset.hubs.get(i).schools();
            int step = Math.max(1, schools.size() / SCHOOL_CONTACTS);
            for (int n = 0; n < SCHOOL_CONTACTS && n * step < schools.size(); n++) {
                long contact = ++id;
                contacts.add(new Object[] {
                    contact,
                    "school%02d-%03d@national.test".formatted(i + 1, n + 1),
                    "Contact " + (n + 1) + " of hub " + (i + 1),
                    hash,
                    true,
                    now,
                    schools.get(n * step).urn(),
                    "APPROVED"
                });
                roles.add(new Object[] {contact, Role.SCHOOL_CONTACT.name()});
            }
        }
        AcademicYear current = dataset.years().get(dataset.years().size() - 1);
        for (NationalDataset.Enrolment enrolment : dataset.enrolments) {
            if (enrolment.withdrawn() || !enrolment.group().project().year().equals(current)) {
                continue;
            }
            for (long participant : enrolment.participants()) {
                long account = ++id;
                users.add(new Object[] {
                    account,
                    NationalDataset.participantEmail(participant),
                    "Teacher " + participant,
                    hash,
                    null,
                    true,
                    now
                });
                roles.add(new Object[] {account, Role.PARTICIPANT.name()});
            }
        }
        bulk.insert(
                "INSERT INTO app_user (id, email, display_name, password_hash, hub_id, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                users);
        bulk.insert(
                "INSERT INTO app_user (id, email, display_name, password_hash, enabled, created_at, school_urn,"
                        + " school_contact_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                contacts);
        bulk.insert("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)", roles);
        bulk.restartIds("app_user");
    }
}
