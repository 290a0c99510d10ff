package org.hubcycle.shared.national;

/**
 * A module's share of the national dataset that benchmarks run on ({@code load-national}): its own
 * tables, written in bulk, from what the modules before it made (the {@link NationalDataset}). Each
 * module that has records at national scale provides one bean; they run in {@link #order()}.
 */
public interface NationalData {

    /** Lower loads first: hubs and people before offers, offers before enrolments. */
    int order();

    /** Writes this module's records and adds what later modules need to the dataset. */
    void load(NationalDataset dataset);
}
