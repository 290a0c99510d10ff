package org.hubcycle.delivery.web;

import org.hubcycle.delivery.internal.SchoolAttendance;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A school contact follows whether the teachers they named came to each session held so far, as the
 * registers say (and so what a no-show charge is for). Only their own school's places.
 */
@Controller
@PreAuthorize("hasRole('SCHOOL_CONTACT')")
class SchoolAttendanceController {

    private final SchoolAttendance attendance;

    SchoolAttendanceController(SchoolAttendance attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/applications/{id}/attendance")
    String attendance(@PathVariable long id, @AuthenticationPrincipal HubMember user, Model model) {
        if (user.schoolUrn() == null) {
            throw new NotFoundException("not-found.school");
        }
        model.addAttribute("id", id);
        model.addAttribute(
                "sheet",
                attendance.of(user.schoolUrn(), id).orElseThrow(() -> new NotFoundException("not-found.application")));
        model.addAttribute("section", "applications");
        return "delivery/school-attendance";
    }
}
