package org.hubcycle.shared.demo;

/**
 * A module's fictional demo records. Each module that has demo data provides one bean; they load
 * in {@link #order()} on start-up in demo mode, and each loads only what is not there yet, so a
 * second start changes nothing.
 */
public interface DemoData {

    /** Lower loads first: the directory's hubs before the users who belong to them. */
    int order();

    void load();
}
