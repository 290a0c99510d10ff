package org.hubcycle.improvement.domain;

import java.time.LocalDate;

/** How many of a person's records of one kind there are, and the latest's project, title and day. */
public record Latest(long count, long projectId, String title, LocalDate date) {}
