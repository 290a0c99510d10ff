package org.hubcycle.directory;

import java.util.List;

/** A hub as its page shows it: contact address, lead school and the local authorities of its area. */
public record HubProfile(HubSummary hub, String contactEmail, SchoolSummary leadSchool, List<Area> area) {

    public record Area(String code, String name) {}
}
