package org.hubcycle.access.security;

import static org.hubcycle.access.internal.Role.HUB_LEAD;
import static org.hubcycle.access.internal.Role.HUB_STAFF;
import static org.hubcycle.access.internal.Role.LLME;
import static org.hubcycle.access.internal.Role.NATIONAL_ADMIN;
import static org.hubcycle.access.internal.Role.PARTICIPANT;
import static org.hubcycle.access.internal.Role.SCHOOL_CONTACT;
import static org.hubcycle.access.internal.Role.WORK_GROUP_LEAD;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.access.internal.Role;

/**
 * The service navigation a user sees: which sections, in which order, for which roles. Worked out in
 * Java from the principal's roles the first time a page asks (the principal keeps it for the request it
 * was read for) rather than by a security expression per item; each section's label is {@code nav.<key>} and a page marks itself with its {@code section}.
 */
public final class Navigation {

    /** One section: its key (label {@code nav.<key>}, matched against the page's {@code section}) and address. */
    public record Item(String key, String path) implements Serializable {}

    private record Rule(String key, String path, Set<Role> roles) {}

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> HUB_TEAM = EnumSet.of(HUB_LEAD, HUB_STAFF);

    private static final List<Rule> RULES = List.of(
            new Rule("hubs", "/hubs", EnumSet.of(NATIONAL_ADMIN)),
            new Rule("hub", null, HUB_TEAM),
            new Rule("schools", "/schools", EVERYONE),
            new Rule("projects", "/projects", EVERYONE),
            new Rule("offer", "/offer", HUB_TEAM),
            new Rule("enrolment", "/enrolment", HUB_TEAM),
            new Rule("applications", "/applications", EnumSet.of(SCHOOL_CONTACT)),
            new Rule("contacts", "/school-contacts", EnumSet.of(SCHOOL_CONTACT)),
            new Rule("mySessions", "/my-sessions", EnumSet.of(PARTICIPANT)),
            // A hub team reaches its innovation proposals from its offer, which they add to.
            new Rule("innovation", "/innovation", EnumSet.of(NATIONAL_ADMIN)),
            new Rule("llmes", "/llmes", HUB_TEAM),
            new Rule("leading", "/leading", EnumSet.of(WORK_GROUP_LEAD)),
            new Rule("evaluation", "/evaluation", EnumSet.of(HUB_LEAD, HUB_STAFF, WORK_GROUP_LEAD, NATIONAL_ADMIN)),
            // A hub team reaches its engagement figures from its hub's page: their menu is full.
            new Rule("insights", "/insights", EnumSet.of(NATIONAL_ADMIN)),
            new Rule("interest", "/interest", EnumSet.of(LLME)),
            new Rule("people", "/people", HUB_TEAM),
            new Rule("import", "/directory/import", EnumSet.of(NATIONAL_ADMIN)),
            new Rule("outbox", "/outbox", EnumSet.of(NATIONAL_ADMIN)),
            new Rule("audit", "/audit", EnumSet.of(NATIONAL_ADMIN, HUB_LEAD)));

    private Navigation() {}

    /** The sections for someone holding these roles; the hub's own page needs its address name. */
    public static List<Item> of(Set<Role> roles, String hubSlug) {
        List<Item> items = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!Collections.disjoint(rule.roles(), roles)) {
                String path = rule.path() != null ? rule.path() : hubSlug == null ? null : "/hubs/" + hubSlug;
                if (path != null) {
                    items.add(new Item(rule.key(), path));
                }
            }
        }
        return List.copyOf(items);
    }
}
