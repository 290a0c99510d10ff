package org.hubcycle.directory;

/**
 * A hub's contact address changed: published in the transaction of the change, so the old address can be
 * told that the hub's email now goes elsewhere (and someone who did not expect it can say so).
 */
public record HubContactChanged(long hubId, String hubName, String from, String to) {}
