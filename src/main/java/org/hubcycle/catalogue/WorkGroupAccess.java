package org.hubcycle.catalogue;

import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.People;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a work group's delivery and evaluation: its lead and co-lead (the person their email
 * names) and their hub lead change it; hub staff see it. Anyone else, a lead of another group
 * included, finds nothing.
 */
@Component
public class WorkGroupAccess {

    private final HubOffers offers;
    private final People people;

    WorkGroupAccess(HubOffers offers, People people) {
        this.offers = offers;
        this.people = people;
    }

    public WorkGroupBrief require(long id, Authentication user, boolean change) {
        return require(offers.brief(id).orElseThrow(() -> new NotFoundException("not-found.work-group")), user, change);
    }

    /** The same check of a work group already read in the current scope, which it does not read again. */
    public WorkGroupBrief require(WorkGroupBrief group, Authentication user, boolean change) {
        if (mayChange(group, user) || (!change && has(user, "ROLE_HUB_STAFF"))) {
            return group;
        }
        throw new NotFoundException("not-found.work-group");
    }

    /** The work groups the signed-in person leads or co-leads (of those their hub scope sees). */
    public java.util.List<WorkGroupBrief> ledBy(Authentication user) {
        return people.findByEmail(user.getName())
                .map(p -> offers.ledBy(java.util.List.of(p.id())))
                .orElse(java.util.List.of());
    }

    /** Whether the signed-in person is one of the work group's two leads. */
    public boolean leads(WorkGroupBrief group, Authentication user) {
        return people.findByEmail(user.getName()).map(p -> group.ledBy(p.id())).orElse(false);
    }

    public boolean mayChange(WorkGroupBrief group, Authentication user) {
        return has(user, "ROLE_HUB_LEAD") || leads(group, user);
    }

    public static boolean has(Authentication user, String authority) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
