package org.hubcycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Hubcycle: one application that runs a Maths Hub's year of teacher professional development. */
@SpringBootApplication
public class HubcycleApplication {

    public static void main(String[] args) {
        SpringApplication.run(HubcycleApplication.class, args);
    }
}
