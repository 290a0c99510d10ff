package org.hubcycle.shared;

/**
 * What scoping needs to know of a signed-in principal: the hub it belongs to, if any, whether it
 * holds a national role that sees every hub, and the school a school contact acts for.
 */
public interface HubMember {

    /** The hub this user belongs to, or {@code null} for national and school users. */
    Long hubId();

    /** True for national roles, which see every hub's records. */
    boolean seesAllHubs();

    /** The school a school contact acts for (its URN), or {@code null} for everyone else. */
    default Integer schoolUrn() {
        return null;
    }

    /** The school a contact has asked to act for while that waits for approval (they see nothing of it yet), or {@code null}. */
    default Integer pendingSchoolUrn() {
        return null;
    }
}
