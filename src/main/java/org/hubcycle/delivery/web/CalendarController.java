package org.hubcycle.delivery.web;

import org.hubcycle.delivery.internal.Calendars;
import org.hubcycle.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Private iCalendar feeds: the token in the address is the only key, so calendar programs can subscribe without signing in. */
@Controller
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Calendars calendars;

    CalendarController(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String ics = calendars.ics(token).orElseThrow(() -> new NotFoundException("not-found.calendar"));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .body(ics);
    }
}
