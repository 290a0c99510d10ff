package org.hubcycle.leadership.internal;

import org.hubcycle.shared.Labelled;
import org.hubcycle.shared.Phase;

/** The leadership module's words, as the UI says them. */
public final class LeadershipTerms {

    private LeadershipTerms() {}

    /** A role a local leader of maths education holds, for one or more years. */
    public enum RoleType implements Labelled {
        WORK_GROUP_LEAD(null),
        PRIMARY_MASTERY_SPECIALIST(Phase.PRIMARY),
        SECONDARY_MASTERY_SPECIALIST(Phase.SECONDARY),
        PD_LEAD(null),
        SLE(null),
        NLE(null),
        MAT_MATHS_LEAD(null),
        MASTERY_ADVOCATE(null),
        OTHER(null);
        private final Phase specialistPhase;

        RoleType(Phase specialistPhase) {
            this.specialistPhase = specialistPhase;
        }

        /** The phase of a Mastery Specialist role, whose cohort must be of that phase; null for other roles. */
        public Phase specialistPhase() {
            return specialistPhase;
        }

        public boolean specialist() {
            return specialistPhase != null;
        }

        public static RoleType specialistOf(Phase phase) {
            return phase == Phase.SECONDARY ? SECONDARY_MASTERY_SPECIALIST : PRIMARY_MASTERY_SPECIALIST;
        }
    }

    /** A Mastery Specialist trains for a year, then works with schools. */
    public enum SpecialistStatus implements Labelled {
        TRAINEE,
        ACTIVE;
    }

    /** Which LLMEs the register lists for a year. */
    public enum RegisterStatus implements Labelled {
        CURRENT,
        TRAINEE,
        FORMER,
        ALL;
    }

    /** What an LLME offers to do in a work group. */
    public enum Capacity implements Labelled {
        LEAD,
        CO_LEAD,
        PARTICIPANT;

        public boolean leading() {
            return this != PARTICIPANT;
        }
    }

    /** Where an expression of interest stands. */
    public enum EoiStatus implements Labelled {
        SUBMITTED(false),
        SHORTLISTED(false),
        COMMISSIONED(true),
        ACCEPTED(true),
        DECLINED(true),
        WITHDRAWN(true);
        private final boolean closed;

        EoiStatus(boolean closed) {
            this.closed = closed;
        }

        /** True once decided or withdrawn: the LLME can no longer change or withdraw it. */
        public boolean closed() {
            return closed;
        }

        /** The LLME may still change it, or (once withdrawn) express interest again while the round is open. */
        public boolean changeable() {
            return !closed || this == WITHDRAWN;
        }
    }

    /** What the hub decides on an expression of interest. */
    public enum Decision {
        SHORTLIST,
        COMMISSION,
        ACCEPT,
        DECLINE
    }

    /** Whether an invited LLME came to a network meeting. */
    public enum Attendance implements Labelled {
        INVITED,
        ATTENDED,
        APOLOGIES,
        ABSENT;
    }
}
