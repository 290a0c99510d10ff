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
 * LLME register, people searching for schools; school contacts applying for a place; the public catalogue
 * and the API, with think times. It writes: each run puts applications on waiting lists, takes registers
 * and submits applications (300 contacts, each once: at most 300 school journeys a run), so load the
 * dataset again for figures comparable with a first run. A warm-up of WARM_SECONDS (default 120) runs first; its requests are named "warm-up" and
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
            .map(i -> Map.<String, Object>of("email", "lead%02d@national.test".formatted(i % 40 + 1)))
            .iterator();

    /** The school contacts load-national makes: a hundred in each of the first three hubs, in a shuffled order. */
    private final java.util.Iterator<Map<String, Object>> contacts = shuffledContacts().iterator();

    private static List<Map<String, Object>> shuffledContacts() {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (int hub = 1; hub <= 3; hub++) {
            for (int n = 1; n <= 100; n++) {
                all.add(Map.of(
                        "email", "school%02d-%03d@national.test".formatted(hub, n),
                        "hub", HUBS.get(hub - 1) + "-maths-hub",
                        "teacher", "Teacher %d of school %d".formatted(n, hub),
                        "teacherEmail", "teacher-%02d-%03d@school.national.test".formatted(hub, n)));
            }
        }
        java.util.Collections.shuffle(all, new java.util.Random(14));
        return all;
    }

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

    /**
     * A school contact applies for a place: their applications, their hub's catalogue, a work group or
     * two until one takes applications, the form, checking the answers, submitting, then the application
     * (or, when the school had already applied to that group, the form shows that application instead).
     * Each contact (school01-001@national.test…) comes once a run, so no school applies twice.
     */
    private ScenarioBuilder school(String phase) {
        return scenario(phase + ": school applying")
                .feed(contacts)
                .exec(signIn(phase))
                .exec(http(phase + " school's applications").get("/applications").check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(http(phase + " hub's catalogue")
                        .get("/catalogue/#{hub}/" + YEAR)
                        .check(status().is(200))
                        .check(regex("/work-groups/(\\d+)\"").findAll().saveAs("groups")))
                .asLongAs(
                        session -> !session.contains("apply")
                                && (!session.contains("try") || session.getInt("try") < 4),
                        "try")
                .on(exec(session -> {
                            List<String> groups = session.getList("groups");
                            return session.set("wg", groups.get((int) (Math.random() * groups.size())));
                        })
                        .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
                        .exec(http(phase + " a work group")
                                .get("/catalogue/#{hub}/" + YEAR + "/work-groups/#{wg}")
                                .check(status().is(200))
                                .check(regex("href=\"/apply/(\\d+)\"").optional().saveAs("apply"))))
                .doIf(session -> session.contains("apply"))
                .then(exec(http(phase + " application form")
                                .get("/apply/#{apply}")
                                .check(status().in(200, 302))
                                .check(css("input[name=_csrf]", "value").optional().saveAs("formCsrf")))
                        .doIf(session -> !session.contains("formCsrf"))
                        .then(exec(http(phase + " the application made before").get("/applications")))
                        .doIf(session -> session.contains("formCsrf"))
                        .then(pause(Duration.ofSeconds(20), Duration.ofSeconds(60))
                        .exec(nominated(http(phase + " check the answers").post("/apply/#{apply}/check"))
                                .check(status().is(200)))
                        .pause(Duration.ofSeconds(3), Duration.ofSeconds(10))
                        .exec(nominated(http(phase + " submit the application").post("/apply/#{apply}"))
                                .check(status().is(302))
                                .check(header("Location").saveAs("submitted")))
                        .exec(http(phase + " the application").get("#{submitted}").check(status().is(200)))));
    }

    /** The application form as the school fills it in: one participant, the school's maths lead. */
    private static HttpRequestActionBuilder nominated(HttpRequestActionBuilder form) {
        return form.formParam("name-1", "#{teacher}")
                .formParam("email-1", "#{teacherEmail}")
                .formParam("jobTitle-1", "Maths lead")
                .formParam("role-1", "Maths lead")
                .formParam("_csrf", "#{formCsrf}");
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
                        school("warm-up")
                                .injectOpen(constantUsersPerSec(0.4 * RATE).during(WARM))
                                .andThen(school("busy").injectOpen(constantUsersPerSec(0.4 * RATE).during(BUSY))),
                        visitor("warm-up")
                                .injectOpen(constantUsersPerSec(3 * RATE).during(WARM))
                                .andThen(visitor("busy").injectOpen(constantUsersPerSec(3 * RATE).during(BUSY))))
                .protocols(protocol)
                .assertions(details("busy find a school").responseTime().percentile(95).lt(1000));
    }
}
