package org.hubcycle.directory.domain;

/** A person's name and nothing else: what a list of leads or owners shows, without email or TRN. */
public record PersonName(long id, String fullName) {}
