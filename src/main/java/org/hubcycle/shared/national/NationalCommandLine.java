package org.hubcycle.shared.national;

import java.io.PrintStream;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubScope;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar hubcycle.jar load-national [--seed N] [--years N] [--password P]}: loads the national
 * dataset for benchmarks into the configured database, after the national GIAS extracts were imported
 * ({@code import-gias}) and before anything else: 40 hubs over every local authority, ten years of
 * offers, LLMEs, enrolments with participants, sessions, registers and visits, and sign-ins for a
 * national admin and three hub leads. Each module's share runs in its own transaction.
 */
public final class NationalCommandLine {

    public static final String COMMAND = "load-national";

    private NationalCommandLine() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals(COMMAND);
    }

    public static int run(String[] args, Class<?> application, PrintStream out) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("Usage: " + COMMAND + " [--seed N] [--years N] [--password P]");
            return 2;
        }
        long seed = Long.parseLong(options.getOrDefault("--seed", "2026"));
        int count = Integer.parseInt(options.getOrDefault("--years", "10"));
        String password = options.getOrDefault("--password", "national-bench");
        AcademicYear current = AcademicYear.containing(LocalDate.now());
        List<AcademicYear> years = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            years.add(new AcademicYear(current.startYear() - i));
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run("--hubcycle.demo.enabled=false", "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Integer hubs = jdbc.queryForObject("SELECT COUNT(*) FROM hub", Integer.class);
            Integer schools = jdbc.queryForObject("SELECT COUNT(*) FROM school", Integer.class);
            if (hubs != null && hubs > 0 || schools == null || schools == 0) {
                out.println("Refused: load the national dataset into a database with the GIAS extracts imported"
                        + " and no hubs yet (this one has " + hubs + " hubs and " + schools + " schools)");
                return 1;
            }
            NationalDataset dataset = new NationalDataset(seed, years, password);
            TransactionTemplate transaction =
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            long started = System.nanoTime();
            for (NationalData share : context.getBeansOfType(NationalData.class).values().stream()
                    .sorted(Comparator.comparingInt(NationalData::order))
                    .toList()) {
                long at = System.nanoTime();
                // Work for the system, as every import is: a share may read the others through their services.
                HubScope.asSystem(() -> transaction.executeWithoutResult(status -> share.load(dataset)));
                out.printf("%s: %.1f s%n", share.getClass().getSimpleName(), (System.nanoTime() - at) / 1e9);
            }
            // Fresh statistics (and, on PostgreSQL, the visibility map) for the planner, as autovacuum would give
            // later.
            boolean postgres = Boolean.TRUE.equals(jdbc.execute(
                    (Connection c) -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
            jdbc.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
            out.printf(
                    "Loaded %d hubs, %d work groups, %d enrolments over %s to %s in %.1f s; sign in as"
                            + " national@national.test, lead01@national.test (a hub lead), school01-001@national.test"
                            + " (a school contact) or teacher<participant id>@national.test (a participant of this year)"
                            + " with the password given%n",
                    dataset.hubs.size(),
                    dataset.workGroups.size(),
                    jdbc.queryForObject("SELECT COUNT(*) FROM enrolment", Long.class),
                    years.get(0),
                    dataset.currentYear(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!List.of("--seed", "--years", "--password").contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Not an option with a value: " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
