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
 * An account for every participant of this year who holds a place, as accepting their invitation makes one: the
 * participant role, no hub, their own address ({@code teacher<id>@national.test}) and the password given to
 * {@code load-national}. Participants are most of Hubcycle's accounts, so the account pages, the sign-in and the
 * participant's own pages are measured at their number. After enrolment has made the places.
 */
@Component
class ParticipantAccountsNationalData implements NationalData {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    ParticipantAccountsNationalData(JdbcTemplate jdbc, PasswordEncoder passwords) {
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
        AcademicYear current = dataset.years().get(dataset.years().size() - 1);
        List<Object[]> users = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        for (NationalDataset.Enrolment enrolment : dataset.enrolments) {
            if (enrolment.withdrawn() || !enrolment.group().project().year().equals(current)) {
                continue;
            }
            for (long participant : enrolment.participants()) {
                users.add(new Object[] {
                    id, NationalDataset.participantEmail(participant), "Teacher " + participant, hash, true, now
                });
                roles.add(new Object[] {id, Role.PARTICIPANT.name()});
                id++;
            }
        }
        bulk.insert(
                "INSERT INTO app_user (id, email, display_name, password_hash, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                users);
        bulk.insert("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)", roles);
        bulk.restartIds("app_user");
    }
}
