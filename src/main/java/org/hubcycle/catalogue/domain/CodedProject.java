package org.hubcycle.catalogue.domain;

/** A project's code and nothing else: what a page shows of the project another continues from. */
public record CodedProject(long id, String code) {}
