package org.hubcycle.enrolment.web;

import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A school's enrolment history and where it stands on the Teaching for Mastery pathway. Hub users
 * see their own hub's applications; the national admin every hub's; a school contact their own school's.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'NATIONAL_ADMIN', 'SCHOOL_CONTACT')")
class SchoolHistoryController {

    private final Applications applications;
    private final Schools schools;

    SchoolHistoryController(Applications applications, Schools schools) {
        this.applications = applications;
        this.schools = schools;
    }

    @GetMapping("/schools/{urn}/enrolments")
    String history(@PathVariable int urn, @AuthenticationPrincipal HubMember user, Model model) {
        if (user.schoolUrn() != null && user.schoolUrn() != urn) {
            throw new NotFoundException("not-found.school");
        }
        model.addAttribute("school", schools.find(urn).orElseThrow(() -> new NotFoundException("not-found.school")));
        model.addAttribute(
                "history",
                user.schoolUrn() != null
                        ? new Applications.History(
                                applications.forSchool(urn),
                                applications.history(urn).pathway())
                        : applications.history(urn));
        model.addAttribute("section", "schools");
        return "enrolment/school-history";
    }
}
