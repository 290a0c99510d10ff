package org.hubcycle.directory;

/** What other modules need to know of a hub. */
public record HubSummary(long id, String slug, String name) {}
