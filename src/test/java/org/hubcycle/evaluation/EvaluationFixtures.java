package org.hubcycle.evaluation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.Hubs;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the evaluation tests share: the application on the test database with demo data, the demo hub's groups, and pages read as HTML. */
@IntegrationTest
abstract class EvaluationFixtures {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    HubOffers offers;

    @Autowired
    Hubs hubs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** A work group of the demo hub in a year, by name. */
    WorkGroupBrief group(AcademicYear year, String name) {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        return HubScope.asSystem(() -> offers.briefs(demo, year)).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    AcademicYear year() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    Document page(String path, String user) throws Exception {
        return html(get(path).with(signedIn.as(user)));
    }

    /** The response to a request that must succeed, parsed. */
    Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
