package org.hubcycle.leadership.domain;

/** A role as the register lists it, with its Mastery Specialist cohort (null for other roles). */
public record RoleWithCohort(LlmeRole role, SpecialistCohort cohort) {}
