package org.hubcycle.improvement.domain;

import java.time.LocalDate;

/**
 * How many of a person's records of one kind there are (projects they lead, visits they recorded), and the latest's
 * project, its title (for a project; none for a visit) and its day.
 */
public record Latest(long count, long projectId, String title, LocalDate date) {}
