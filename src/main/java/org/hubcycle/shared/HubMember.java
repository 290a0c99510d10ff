package org.hubcycle.shared;

/**
 * What hub scoping needs to know of a signed-in principal: the hub it belongs to, if any, and
 * whether it holds a national role that sees every hub.
 */
public interface HubMember {

    /** The hub this user belongs to, or {@code null} for national and school users. */
    Long hubId();

    /** True for national roles, which see every hub's records. */
    boolean seesAllHubs();
}
