package org.hubcycle.improvement.domain;

import java.time.LocalDate;

/**
 * The projects a person is a leader of, read in one query: how many, the latest (by its start), and the last day any of
 * them runs to.
 */
public record Led(long count, long projectId, String title, LocalDate lastEndsOn) {}
