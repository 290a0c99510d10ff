package org.hubcycle.improvement.domain;

import org.hubcycle.shared.Labelled;

/**
 * Whom a visit worked with. Seed 003 found governors' support faded when SLEs met them only at the start
 * and the end, so governors are one of them and the project page shows when each school's last met.
 */
public enum Audience implements Labelled {
    CLASS_TEACHERS,
    TEACHING_ASSISTANTS,
    SUBJECT_LEADER,
    SENIOR_LEADERS,
    GOVERNORS
}
