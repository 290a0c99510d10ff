package org.hubcycle.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only page that fails, to show what a user sees when something breaks. */
@Controller
class FailingController {

    static final String SECRET = "connection string with a password in it";

    @GetMapping("/test/fail")
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
