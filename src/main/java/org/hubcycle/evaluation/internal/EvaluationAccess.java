package org.hubcycle.evaluation.internal;

import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see a work group's evaluation: its leads, its hub's lead and staff (as for delivery), and the
 * national admin, who sees every hub's but changes none. Anyone else finds nothing.
 */
@Component
public class EvaluationAccess {

    private final WorkGroupAccess access;
    private final HubOffers offers;

    EvaluationAccess(WorkGroupAccess access, HubOffers offers) {
        this.access = access;
        this.offers = offers;
    }

    public WorkGroupBrief visible(long id, Authentication user) {
        if (national(user)) {
            return offers.brief(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        }
        return access.require(id, user, false);
    }

    /** The work group, when the person may open and close its surveys (its leads and hub lead). */
    public WorkGroupBrief changeable(long id, Authentication user) {
        return access.require(id, user, true);
    }

    public boolean mayChange(WorkGroupBrief group, Authentication user) {
        return !national(user) && access.mayChange(group, user);
    }

    /** One of the group's leads: they write its reports. */
    public boolean leads(WorkGroupBrief group, Authentication user) {
        return access.leads(group, user);
    }

    /** The group's hub lead: they accept or return its reports. */
    public boolean hubLead(WorkGroupBrief group, Authentication user) {
        return WorkGroupAccess.has(user, "ROLE_HUB_LEAD") && access.mayChange(group, user);
    }

    /** The work group, when the person is its hub lead and may decide its reports; no such report otherwise. */
    public WorkGroupBrief decidedBy(long id, Authentication user) {
        WorkGroupBrief group = visible(id, user);
        if (!hubLead(group, user)) {
            throw new NotFoundException("not-found.report");
        }
        return group;
    }

    public static boolean national(Authentication user) {
        return WorkGroupAccess.has(user, "ROLE_NATIONAL_ADMIN");
    }

    /** A work group lead with no hub role sees only the groups they lead. */
    public static boolean leadOnly(Authentication user) {
        return !WorkGroupAccess.has(user, "ROLE_HUB_LEAD")
                && !WorkGroupAccess.has(user, "ROLE_HUB_STAFF")
                && !national(user);
    }
}
