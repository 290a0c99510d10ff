package org.hubcycle.leadership.internal;

import org.hubcycle.shared.Labelled;
import org.hubcycle.shared.Phase;

/** The leadership module's words, as the UI says them. */
public final class LeadershipTerms {

    private LeadershipTerms() {}

    /** A role a local leader of maths education holds, for one or more years. */
    public enum RoleType implements Labelled {
        WORK_GROUP_LEAD("Work Group Lead", null),
        PRIMARY_MASTERY_SPECIALIST("Primary Mastery Specialist", Phase.PRIMARY),
        SECONDARY_MASTERY_SPECIALIST("Secondary Mastery Specialist", Phase.SECONDARY),
        PD_LEAD("Accredited PD Lead", null),
        SLE("Specialist Leader of Education (SLE)", null),
        NLE("National Leader of Education (NLE)", null),
        MAT_MATHS_LEAD("MAT maths lead", null),
        MASTERY_ADVOCATE("Mastery Advocate", null),
        OTHER("Other", null);

        private final String label;
        private final Phase specialistPhase;

        RoleType(String label, Phase specialistPhase) {
            this.label = label;
            this.specialistPhase = specialistPhase;
        }

        @Override
        public String label() {
            return label;
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
        TRAINEE("Trainee"),
        ACTIVE("Active");

        private final String label;

        SpecialistStatus(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Which LLMEs the register lists for a year. */
    public enum RegisterStatus implements Labelled {
        CURRENT("Holding a role this year"),
        TRAINEE("Trainee specialists"),
        FORMER("Held a role before, not this year"),
        ALL("Everyone");

        private final String label;

        RegisterStatus(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** What an LLME offers to do in a work group. */
    public enum Capacity implements Labelled {
        LEAD("Lead it"),
        CO_LEAD("Co-lead it"),
        PARTICIPANT("Take part in it");

        private final String label;

        Capacity(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        public boolean leading() {
            return this != PARTICIPANT;
        }
    }

    /** Where an expression of interest stands. */
    public enum EoiStatus implements Labelled {
        SUBMITTED("Submitted", false),
        SHORTLISTED("Shortlisted", false),
        COMMISSIONED("Commissioned", true),
        ACCEPTED("Place offered", true),
        DECLINED("Not taken forward", true),
        WITHDRAWN("Withdrawn", true);

        private final String label;
        private final boolean closed;

        EoiStatus(String label, boolean closed) {
            this.label = label;
            this.closed = closed;
        }

        @Override
        public String label() {
            return label;
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
        INVITED("Invited"),
        ATTENDED("Attended"),
        APOLOGIES("Sent apologies"),
        ABSENT("Absent");

        private final String label;

        Attendance(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
