package org.hubcycle.delivery.internal;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues certificates: the first time a participant's certificate is printed, it gets the day and a code of
 * its own, kept so that every later print says the same and anyone can check it online. A code is twelve
 * characters of Crockford's base 32 (60 random bits; no I, L, O or U to misread), shown in groups of four.
 * Two prints at the same moment agree on one code: the insert does nothing when the certificate is there
 * already ({@code ON CONFLICT DO NOTHING}, which H2 accepts in its PostgreSQL mode), and what was kept is read back.
 */
@Component
public class CertificateCodes {

    /** A certificate as issued: whose, its code (as kept, without hyphens) and the day. */
    record Issued(long participantId, String code, LocalDate issuedOn) {

        String shown() {
            return CertificateCodes.shown(code);
        }
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RowMapper<Issued> ISSUED =
            (rs, i) -> new Issued(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate());

    private final NamedParameterJdbcTemplate jdbc;

    CertificateCodes(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /**
     * The certificates of these participants (each with its work group's hub), issuing today those not yet
     * issued. Runs in the caller's transaction, which must be able to write.
     */
    Map<Long, Issued> issue(Map<Long, Long> hubByParticipant, LocalDate today) {
        Map<Long, Issued> found = read(hubByParticipant.keySet());
        // A fresh code taken by another certificate (once in 2^60) leaves the insert undone: it is drawn again.
        for (int attempt = 0; attempt < 3 && found.size() < hubByParticipant.size(); attempt++) {
            hubByParticipant.forEach((participant, hub) -> {
                if (!found.containsKey(participant)) {
                    jdbc.update(
                            "insert into issued_certificate (participant_id, hub_id, code, issued_on)"
                                    + " values (:participant, :hub, :code, :day) on conflict do nothing",
                            Map.of(
                                    "participant",
                                    participant,
                                    "hub",
                                    hub,
                                    "code",
                                    newCode(),
                                    "day",
                                    Date.valueOf(today)));
                }
            });
            found.putAll(read(hubByParticipant.keySet()));
        }
        return found;
    }

    Optional<Issued> find(String code) {
        return jdbc
                .query(
                        "select participant_id, code, issued_on from issued_certificate where code = :code",
                        Map.of("code", code),
                        ISSUED)
                .stream()
                .findFirst();
    }

    private Map<Long, Issued> read(Collection<Long> participants) {
        Map<Long, Issued> found = new HashMap<>();
        if (!participants.isEmpty()) {
            jdbc.query(
                            "select participant_id, code, issued_on from issued_certificate"
                                    + " where participant_id in (:participants)",
                            Map.of("participants", List.copyOf(participants)),
                            ISSUED)
                    .forEach(issued -> found.put(issued.participantId(), issued));
        }
        return found;
    }

    /** A code as printed: in three groups of four. */
    static String shown(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    static String newCode() {
        return newCode(RANDOM);
    }

    /** A code drawn from this source: {@code SecureRandom} for a real certificate, a seeded one for made-up data. */
    public static String newCode(Random random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code as someone typed it, made what is kept: capitals, without spaces or hyphens, O read as 0 and I or L
     * as 1, as Crockford's base 32 does; null when it cannot be a code.
     */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
