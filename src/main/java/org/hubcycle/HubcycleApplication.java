package org.hubcycle;

import org.hubcycle.directory.GiasCommandLine;
import org.hubcycle.shared.national.NationalCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Hubcycle: one application that runs a Maths Hub's year of teacher professional development.
 * Listeners of events between modules run asynchronously after the publishing transaction commits
 * (Spring Modulith's event publication registry keeps them until they succeed).
 * With a command ({@code import-gias}, {@code generate-gias}, {@code load-national}) it runs that instead of
 * the web server.
 */
@SpringBootApplication
@EnableAsync
public class HubcycleApplication {

    public static void main(String[] args) {
        if (GiasCommandLine.handles(args)) {
            System.exit(GiasCommandLine.run(args, HubcycleApplication.class, System.out));
        }
        if (NationalCommandLine.handles(args)) {
            System.exit(NationalCommandLine.run(args, HubcycleApplication.class, System.out));
        }
        SpringApplication.run(HubcycleApplication.class, args);
    }
}
