package hubcycle;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;
import io.gatling.javaapi.http.*;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A busy day of term on the national dataset (bench/national-load.sh): hub leads working through their
 * enrolments (deciding an application waiting, when there is one), taking a register not yet taken, the
 * LLME register, people searching for schools, the public catalogue and the API, with think times. It
 * writes: each run puts applications on waiting lists and takes registers, so load the dataset again
 * for figures comparable with a first run. A warm-up of WARM_SECONDS (default 120) runs first; its requests are named "warm-up" and
 * are not part of the figures reported. Settings from system properties: base (http://localhost:8080),
 * password (national-bench), year (2026-27), users (a multiplier of the arrival rates, default 1).
 */
public class BusyDaySimulation extends Simulation {

    private static final String BASE = System.getProperty("base", "http://localhost:8080");
    private static final String PASSWORD = System.getProperty("password", "national-bench");
    private static final String YEAR = System.getProperty("year", "2026-27");
    private static final double RATE = Double.parseDouble(System.getProperty("users", "1"));
    private static final int WARM = Integer.parseInt(System.getProperty("warm", "120"));
    private static final int BUSY = Integer.parseInt(System.getProperty("busy", "180"));

    /** The hubs load-national makes, by address name. */
    private static final List<String> HUBS = List.of(
            "abbeyvale", "ashcombe", "barrowmere", "bellhaven", "brackenford", "brightwater", "calderwick",
            "carrowby", "cinderford-vale", "coldharbour", "deepdale", "dunmore", "eastwold", "elmbridge-moor");
    private static final List<String> SEARCHES =
            List.of("ash", "park", "st ", "church", "green", "QA1", "academy", "hill", "primary", "QB2");

    private final HttpProtocolBuilder protocol =
            http.baseUrl(BASE).acceptHeader("text/html").disableFollowRedirect().shareConnections();

    private final java.util.Iterator<Map<String, Object>> leads = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("email", "lead%02d@national.test".formatted(i % 3 + 1)))
            .iterator();

    private final java.util.Iterator<Map<String, Object>> picks = Stream.generate(() -> Map.<String, Object>of(
                    "hub", HUBS.get((int) (Math.random() * HUBS.size())) + "-maths-hub",
                    "q", SEARCHES.get((int) (Math.random() * SEARCHES.size()))))
            .iterator();

    private ChainBuilder signIn(String phase) {
        return exec(http(phase + " sign-in form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(phase + " sign in")
                        .post("/login")
                        .formParam("username", "#{email}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").not(session -> BASE + "/login?error")));
    }

    private ScenarioBuilder hubLead(String phase) {
        return scenario(phase + ": hub lead")
                .feed(leads)
                .feed(picks)
                .exec(signIn(phase))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(http(phase + " home").get("/").check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(http(phase + " enrolment year")
                        .get("/enrolment/" + YEAR)
                        .check(status().is(200))
                        .check(regex("/enrolment/work-groups/(\\d+)").findRandom().optional().saveAs("group")))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                .doIf(session -> session.contains("group"))
                .then(exec(http(phase + " work group's applications")
                        .get("/enrolment/work-groups/#{group}")
                        .check(status().is(200))))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                .doIf(session -> session.contains("group"))
                .then(exec(http(phase + " applications waiting")
                                .get("/enrolment/work-groups/#{group}?status=APPLIED")
                                .check(status().is(200))
                                .check(css("input[name=_csrf]", "value").optional().saveAs("csrf"))
                                .check(regex("name=\"ids\" type=\"checkbox\" value=\"(\\d+)\"")
                                        .findRandom()
                                        .optional()
                                        .saveAs("application")))
                        .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                        .doIf(session -> session.contains("application"))
                        .then(exec(http(phase + " decide an application")
                                .post("/enrolment/work-groups/#{group}")
                                .formParam("ids", "#{application}")
                                .formParam("action", "WAITLIST")
                                .formParam("_csrf", "#{csrf}")
                                .check(status().in(200, 302)))))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                .exec(http(phase + " registers not taken")
                        .get("/delivery/registers")
                        .check(status().is(200))
                        .check(regex("/delivery/sessions/(\\d+)/register").findRandom().optional().saveAs("session")))
                .doIf(session -> session.contains("session"))
                .then(exec(http(phase + " a register")
                                .get("/delivery/sessions/#{session}/register")
                                .check(status().is(200))
                                .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                        .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                        .exec(http(phase + " take the register")
                                .post("/delivery/sessions/#{session}/register")
                                .formParam("all", "yes")
                                .formParam("_csrf", "#{csrf}")
                                .check(status().in(200, 302))))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                .exec(http(phase + " LLME register").get("/llmes").check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(http(phase + " find a school")
                        .get("/schools?q=#{q}")
                        .check(status().is(200))
                        .check(regex("href=\"/schools/(\\d+)\"").findRandom().optional().saveAs("urn")))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                .doIf(session -> session.contains("urn"))
                .then(exec(http(phase + " school").get("/schools/#{urn}").check(status().is(200))));
    }

    private ScenarioBuilder visitor(String phase) {
        return scenario(phase + ": public catalogue and API")
                .feed(picks)
                .exec(http(phase + " public catalogue").get("/catalogue/#{hub}/" + YEAR).check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(8))
                .exec(http(phase + " API projects")
                        .get("/api/v1/projects")
                        .header("Accept", "application/json")
                        .check(status().is(200)));
    }

    {
        setUp(
                        hubLead("warm-up")
                                .injectOpen(constantUsersPerSec(2 * RATE).during(WARM))
                                .andThen(hubLead("busy").injectOpen(constantUsersPerSec(2 * RATE).during(BUSY))),
                        visitor("warm-up")
                                .injectOpen(constantUsersPerSec(3 * RATE).during(WARM))
                                .andThen(visitor("busy").injectOpen(constantUsersPerSec(3 * RATE).during(BUSY))))
                .protocols(protocol)
                .assertions(details("busy find a school").responseTime().percentile(95).lt(1000));
    }
}
