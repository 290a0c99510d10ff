package org.hubcycle.improvement.domain;

import java.time.LocalDate;

/** How many visits a person recorded for improvement projects, and the latest's project, title (none) and day. */
public record Latest(long count, long projectId, String title, LocalDate date) {}
