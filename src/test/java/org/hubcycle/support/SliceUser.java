package org.hubcycle.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.hubcycle.access.internal.Role;
import org.hubcycle.access.security.Navigation;
import org.hubcycle.shared.HubMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in person for {@code @WebMvcTest} slices, which have no accounts module: what controllers
 * ({@link HubMember}) and the layout (name, hub) ask of the principal.
 */
public record SliceUser(
        String email, String displayName, Long hubId, String hubSlug, String hubName, Integer schoolUrn, String role)
        implements HubMember, UserDetails {

    public static RequestPostProcessor hubLead() {
        return user(
                new SliceUser("lead@slice.test", "Hana Lead", 1L, "slice-hub", "Slice Maths Hub", null, "HUB_LEAD"));
    }

    public static RequestPostProcessor workGroupLead() {
        return user(new SliceUser(
                "wgl@slice.test", "Wes Lead", 1L, "slice-hub", "Slice Maths Hub", null, "WORK_GROUP_LEAD"));
    }

    public static RequestPostProcessor national() {
        return user(new SliceUser("national@slice.test", "Nia National", null, null, null, null, "NATIONAL_ADMIN"));
    }

    public static RequestPostProcessor schoolContact(int urn) {
        return user(new SliceUser("head@slice.test", "Sam Head", null, null, null, urn, "SCHOOL_CONTACT"));
    }

    /** The layout's service navigation, as the accounts module works it out for the role. */
    public List<Navigation.Item> navigation() {
        return Navigation.of(EnumSet.of(Role.valueOf(role)), hubSlug);
    }

    @Override
    public boolean seesAllHubs() {
        return "NATIONAL_ADMIN".equals(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public String getUsername() {
        return email;
    }
}
