package org.hubcycle.catalogue;

import org.hubcycle.shared.Labelled;

/** The fixed vocabularies of the catalogue (seed 001 and 004), each with the words users read. */
public final class CatalogueTerms {

    private CatalogueTerms() {}

    public enum ProjectType implements Labelled {
        WORK_GROUP("Work Group"),
        COMMUNITY("Community"),
        PROGRAMME("Programme");

        private final String label;

        ProjectType(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Stage implements Labelled {
        DEVELOPMENT("Development"),
        EFFECTIVENESS("Effectiveness"),
        SCALING_UP("Scaling up"),
        INNOVATION("Innovation");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The five outcome areas intended outcomes are grouped by. */
    public enum OutcomeArea implements Labelled {
        POLICIES("Whole-school/departmental policies and approaches"),
        PRACTICE("Practice development"),
        PROFESSIONAL_LEARNING("Professional learning"),
        COMMUNITY_CULTURE("Community culture"),
        PUPIL_LEARNING("Pupil learning");

        private final String label;

        OutcomeArea(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** How a hub's published Work Group Summary groups its offer. */
    public enum Section implements Labelled {
        EARLY_YEARS_AND_PRIMARY("Early Years and Primary"),
        SECONDARY("Secondary"),
        POST_16("Post-16"),
        LOCAL_LEADERS("Local leaders: ITT and SKTM"),
        PROFESSIONAL_DEVELOPMENT("Professional development");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** How a work group's places are given to eligible schools. */
    public enum Allocation implements Labelled {
        FIRST_COME(
                "First come, first served: an eligible school gets a place as soon as it applies, while places last"),
        PRIORITY(
                "At the deadline, by priority: the schools with the highest percentage of pupils eligible for free school meals first");

        private final String label;

        Allocation(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum WorkGroupStatus implements Labelled {
        DRAFT("Draft", false),
        OPEN("Open for applications", true),
        CLOSED("Closed to applications", true),
        RUNNING("Running", true),
        COMPLETED("Completed", true),
        CANCELLED("Cancelled", false);

        private final String label;
        private final boolean published;

        WorkGroupStatus(String label, boolean published) {
            this.label = label;
            this.published = published;
        }

        @Override
        public String label() {
            return label;
        }

        /** Whether the public catalogue shows it. Drafts never appear publicly. */
        public boolean published() {
            return published;
        }
    }

    public enum SessionLength implements Labelled {
        FULL_DAY("full day"),
        HALF_DAY("half day");

        private final String label;

        SessionLength(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum SessionFormat implements Labelled {
        IN_PERSON("in person"),
        ONLINE("online"),
        BLENDED("blended");

        private final String label;

        SessionFormat(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** How a work group's no-show charge is counted: once per school that sent nobody, or per participant who did not come. */
    public enum ChargeBasis implements Labelled {
        PER_SCHOOL("once for each school that does not attend a session"),
        PER_PARTICIPANT("for each participant who does not attend a session");

        private final String label;

        ChargeBasis(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
