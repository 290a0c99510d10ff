package org.hubcycle.directory.gias;

/** A GIAS extract was imported and its changes committed: what was read from the directory before may be stale. */
public record GiasImported(String fileName) {}
