package org.hubcycle.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.shared.AcademicYear;
import org.springframework.test.web.servlet.MockMvc;

/** Entries on the demo hub's LLME register, made as its lead makes them, for tests of what follows. */
public final class LlmeEntries {

    private LlmeEntries() {}

    /**
     * The demo hub's lead adds one of its people, found by email address, to the register with a first role from the
     * year, and Hubcycle invites them; returns the entry's id.
     */
    public static long add(MockMvc mvc, SignedIn signedIn, String email, RoleType role, AcademicYear from)
            throws Exception {
        String location = mvc.perform(post("/llmes/new")
                        .with(csrf())
                        .with(signedIn.as(SignedIn.HUB_LEAD))
                        .param("email", email)
                        .param("role", role.name())
                        .param("fromYear", from.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/llmes/".length()));
    }
}
