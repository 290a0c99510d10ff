package org.hubcycle.leadership;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.Hubs;
import org.hubcycle.leadership.domain.EoiRound;
import org.hubcycle.leadership.domain.EoiRoundRepository;
import org.hubcycle.leadership.domain.Expression;
import org.hubcycle.leadership.domain.ExpressionRepository;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.leadership.internal.SpecialistCohorts;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the leadership tests share: the demo hubs' records, found by name, and pages read as a user. */
abstract class LeadershipFixtures {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Hubs hubs;

    @Autowired
    HubOffers offers;

    @Autowired
    EoiRoundRepository rounds;

    @Autowired
    ExpressionRepository expressions;

    @Autowired
    LlmeRegister register;

    @Autowired
    SpecialistCohorts cohorts;

    @Autowired
    Clock clock;

    AcademicYear year() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    long hub(String slug) {
        return hubs.getBySlug(slug).id();
    }

    WorkGroupBrief group(String hubSlug, String name) {
        return HubScope.asSystem(() -> offers.briefs(hub(hubSlug), year())).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The demo round of a hub (the one the demo data opened), by a part of its title. */
    EoiRound round(String hubSlug, String titlePart) {
        long hubId = hub(hubSlug);
        return HubScope.asSystem(() -> rounds.findAll()).stream()
                .filter(r -> r.getHubId() == hubId && r.getTitle().contains(titlePart))
                .findFirst()
                .orElseThrow();
    }

    Expression expression(long roundId, long workGroupId, String email) {
        long llme = HubScope.asSystem(() -> register.llmeOf(email)).orElseThrow();
        return HubScope.asSystem(() -> expressions.findByRoundIdAndWorkGroupIdAndLlmeId(roundId, workGroupId, llme))
                .orElseThrow();
    }

    /** Posts a form as the demo hub lead and reads back the page it shows (a form with errors). */
    Document submit(String path, String... params) throws Exception {
        return submitAs(SignedIn.HUB_LEAD, path, params);
    }

    Document submitAs(String user, String path, String... params) throws Exception {
        var request = post(path).with(csrf()).with(signedIn.as(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
