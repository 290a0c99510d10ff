package org.hubcycle.shared.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Phase;

/**
 * What the modules' shares of the national dataset hand on to each other, made deterministically
 * from one seed: the same seed gives the same records, id for id.
 */
public final class NationalDataset {

    /** A hub and the open schools of its area. */
    public record Hub(long id, String slug, List<School> schools, List<Long> people) {}

    public record School(int urn, Phase phase) {}

    /** A project of one year; {@code step} orders a pathway family (Development 1, Embedding 2…), 0 outside one. */
    public record Project(long id, AcademicYear year, String family, Phase phase, int step, int completionSessions) {}

    /**
     * A work group; {@code start} is the day of its first session, and a {@code recruiting} one (of the
     * current year, starting later in it) still takes applications.
     */
    public record WorkGroup(
            long id,
            long hubId,
            Project project,
            int capacity,
            int placesPerSchool,
            int sessions,
            long leadPersonId,
            LocalDate start,
            boolean recruiting) {}

    /** A school's place in a work group and the participants who filled it. */
    public record Enrolment(
            long id, WorkGroup group, int urn, boolean completed, boolean withdrawn, List<Long> participants) {}

    /** A participant's email address: enrolment writes it, and access gives the current year's an account with it. */
    public static String participantEmail(long participantId) {
        return "teacher" + participantId + "@national.test";
    }

    /** The family of a Teaching for Mastery pathway's stage, as the catalogue's projects name it. */
    public static String pathway(Phase phase, String stage) {
        return (phase == Phase.PRIMARY ? "Primary TfM " : "Secondary TfM ") + stage;
    }

    /**
     * What a project funds for each place, as the catalogue writes it: the Development stage of a pathway pays
     * for supply cover, and in primary schools matches textbook spending too; other projects fund nothing.
     */
    public static String funding(Phase phase, int step) {
        if (step != 2) {
            return null;
        }
        return phase == Phase.PRIMARY
                ? "Supply cover: £3000\nMatched textbook funding: up to £2000"
                : "Supply cover: £3000";
    }

    private final long seed;
    private final List<AcademicYear> years;
    private final String password;
    public final List<Hub> hubs = new ArrayList<>();
    public final List<Project> projects = new ArrayList<>();
    public final List<WorkGroup> workGroups = new ArrayList<>();
    public final List<Enrolment> enrolments = new ArrayList<>();
    private final Map<String, Random> randoms = new HashMap<>();

    public NationalDataset(long seed, List<AcademicYear> years, String password) {
        this.seed = seed;
        this.years = List.copyOf(years);
        this.password = password;
    }

    /** The academic years covered, oldest first; the last is the current one. */
    public List<AcademicYear> years() {
        return years;
    }

    public AcademicYear currentYear() {
        return years.get(years.size() - 1);
    }

    /** The password of the sign-ins made for benchmarking. */
    public String password() {
        return password;
    }

    /** A random source of its own for each share, so one module's changes do not move another's records. */
    public Random random(String share) {
        return randoms.computeIfAbsent(share, s -> new Random(seed * 31 + s.hashCode()));
    }
}
