package org.hubcycle.catalogue;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hubcycle.shared.Labelled;

/** The fixed vocabularies of the catalogue (seed 001 and 004), each with the words users read. */
public final class CatalogueTerms {

    private CatalogueTerms() {}

    public enum ProjectType implements Labelled {
        WORK_GROUP,
        COMMUNITY,
        PROGRAMME;
    }

    public enum Stage implements Labelled {
        DEVELOPMENT,
        EFFECTIVENESS,
        SCALING_UP,
        INNOVATION;
    }

    /** The five outcome areas intended outcomes are grouped by. */
    public enum OutcomeArea implements Labelled {
        POLICIES,
        PRACTICE,
        PROFESSIONAL_LEARNING,
        COMMUNITY_CULTURE,
        PUPIL_LEARNING;
    }

    /** How a hub's published Work Group Summary groups its offer. */
    public enum Section implements Labelled {
        EARLY_YEARS_AND_PRIMARY,
        SECONDARY,
        POST_16,
        LOCAL_LEADERS,
        PROFESSIONAL_DEVELOPMENT;
    }

    /** How a work group's places are given to eligible schools. */
    public enum Allocation implements Labelled {
        FIRST_COME,
        PRIORITY;
    }

    public enum WorkGroupStatus implements Labelled {
        DRAFT(false),
        OPEN(true),
        CLOSED(true),
        RUNNING(true),
        COMPLETED(true),
        CANCELLED(false);

        /** Every status the public catalogue shows. */
        public static final Set<WorkGroupStatus> PUBLISHED = Collections.unmodifiableSet(EnumSet.copyOf(
                Arrays.stream(values()).filter(WorkGroupStatus::published).toList()));

        private final boolean published;

        WorkGroupStatus(boolean published) {
            this.published = published;
        }

        /** Whether the public catalogue shows it. Drafts never appear publicly. */
        public boolean published() {
            return published;
        }
    }

    public enum SessionLength implements Labelled {
        FULL_DAY,
        HALF_DAY;
    }

    public enum SessionFormat implements Labelled {
        IN_PERSON,
        ONLINE,
        BLENDED;
    }

    /** How a work group's no-show charge is counted: once per school that sent nobody, or per participant who did not come. */
    public enum ChargeBasis implements Labelled {
        PER_SCHOOL,
        PER_PARTICIPANT;
    }
}
