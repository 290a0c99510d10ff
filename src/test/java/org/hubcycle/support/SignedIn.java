package org.hubcycle.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.HubcycleUser;
import org.hubcycle.directory.HubSummary;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a request in as a real account, with the principal the login form would give it. */
@TestComponent
public class SignedIn {

    public static final String NATIONAL = "national@hubcycle.test";
    public static final String HUB_LEAD = "hublead@hubcycle.test";
    public static final String HUB_LEAD_2 = "hublead2@hubcycle.test";
    public static final String WGL = "wgl@hubcycle.test";
    public static final String LLME = "llme@hubcycle.test";
    public static final String SCHOOL = "school@hubcycle.test";
    public static final String PARTICIPANT = "participant@hubcycle.test";

    private final UserDetailsService users;

    SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /**
     * Every kind of person, by a name for test messages: a visitor, each demo account and someone on the given
     * hub's staff.
     */
    public Map<String, RequestPostProcessor> everyone(HubSummary staffHub) {
        Map<String, RequestPostProcessor> users = new LinkedHashMap<>();
        users.put("a visitor", anonymous());
        for (String email : List.of(NATIONAL, HUB_LEAD, WGL, LLME, SCHOOL, PARTICIPANT)) {
            users.put(email, as(email));
        }
        users.put("hub staff", asStaffOf(staffHub));
        return users;
    }

    /** A participant known only by the email their school nominated: no demo account is theirs, so the principal is made here. */
    public RequestPostProcessor asParticipant(String email) {
        return user(new HubcycleUser(
                -1L, email, email, EnumSet.of(Role.PARTICIPANT), null, null, null, null, null, true, false, ""));
    }

    /** A contact of the school with this URN (as {@code head@<urn>.test}): made here, as no demo account acts for it. */
    public RequestPostProcessor asContactOf(int urn) {
        return user(new HubcycleUser(
                -1L,
                "head@" + urn + ".test",
                "Head Teacher",
                EnumSet.of(Role.SCHOOL_CONTACT),
                null,
                null,
                null,
                urn,
                null,
                true,
                false,
                ""));
    }

    /** Someone on the hub's staff: no demo account holds that role alone, so the principal is made here. */
    public RequestPostProcessor asStaffOf(HubSummary hub) {
        return asTeamOf(hub, "staff@hubcycle.test", "Hub Staff", Role.HUB_STAFF);
    }

    /** The lead of a hub the demo has no account for (one a test added). */
    public RequestPostProcessor asLeadOf(HubSummary hub) {
        return asTeamOf(hub, "lead@" + hub.slug() + ".test", "Hub Lead", Role.HUB_LEAD);
    }

    private RequestPostProcessor asTeamOf(HubSummary hub, String email, String name, Role role) {
        return user(new HubcycleUser(
                -1L, email, name, EnumSet.of(role), hub.id(), hub.slug(), hub.name(), null, null, true, false, ""));
    }
}
