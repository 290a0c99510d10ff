package org.hubcycle.access.internal;

import java.util.EnumSet;
import java.util.Set;
import org.hubcycle.shared.Labelled;

/**
 * What a user may do. A user may hold several roles (a work group lead is usually also an LLME)
 * but belongs to at most one hub; the national admin sees all hubs and belongs to none.
 */
public enum Role implements Labelled {
    NATIONAL_ADMIN,
    HUB_LEAD,
    HUB_STAFF,
    WORK_GROUP_LEAD,
    LLME,
    SCHOOL_CONTACT,
    PARTICIPANT;

    /** Roles held in a hub's name: a user holding one must belong to a hub. */
    public static final Set<Role> HUB_ROLES = EnumSet.of(HUB_LEAD, HUB_STAFF, WORK_GROUP_LEAD, LLME);

    /** The roles of a hub's team, who run its year: given and taken away on the hub's page. */
    public static final Set<Role> TEAM_ROLES = EnumSet.of(HUB_LEAD, HUB_STAFF);

    /** Spring Security's name for the role, e.g. {@code ROLE_HUB_LEAD}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean national() {
        return this == NATIONAL_ADMIN;
    }

    /** The page for someone holding these roles: the most senior role's. */
    public static String landingPage(Set<Role> roles, String hubSlug) {
        if (roles.contains(HUB_LEAD) || roles.contains(HUB_STAFF)) {
            return hubSlug == null ? "/" : "/hubs/" + hubSlug;
        }
        if (roles.contains(WORK_GROUP_LEAD)) {
            return "/leading";
        }
        if (roles.contains(LLME)) {
            return "/interest";
        }
        if (roles.contains(SCHOOL_CONTACT)) {
            return "/applications";
        }
        if (roles.contains(PARTICIPANT)) {
            return "/my-sessions";
        }
        return "/";
    }
}
