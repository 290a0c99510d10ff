package org.hubcycle.directory;

import java.util.List;

/**
 * The national centre changed which local authorities are in a hub's area: those it gained and those it lost,
 * each by name and code, published in the transaction of the change for whoever tells the hub.
 */
public record HubAreaChanged(long hubId, String slug, String hubName, List<String> gained, List<String> lost) {

    public HubAreaChanged {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }
}
