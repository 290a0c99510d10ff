package org.hubcycle;

import org.hubcycle.directory.GiasCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Hubcycle: one application that runs a Maths Hub's year of teacher professional development.
 * With a command ({@code import-gias}, {@code generate-gias}) it runs that instead of the web server.
 */
@SpringBootApplication
public class HubcycleApplication {

    public static void main(String[] args) {
        if (GiasCommandLine.handles(args)) {
            System.exit(GiasCommandLine.run(args, HubcycleApplication.class, System.out));
        }
        SpringApplication.run(HubcycleApplication.class, args);
    }
}
