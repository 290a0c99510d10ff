package org.hubcycle.evaluation.domain;

/** How many were invited to a survey, and how many of them have answered. */
public record InvitationCount(long surveyId, long invited, long answered) {}
