package org.hubcycle.leadership.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.leadership.internal.LeadPayments;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A work group lead's own work groups: those they lead or co-lead, found by the person their
 * email address names. Any other work group is not found, even in their own hub.
 */
@Controller
@PreAuthorize("hasRole('WORK_GROUP_LEAD')")
class LeadingController {

    private final HubOffers offers;
    private final People people;
    private final LeadPayments payments;

    LeadingController(HubOffers offers, People people, LeadPayments payments) {
        this.offers = offers;
        this.people = people;
        this.payments = payments;
    }

    @GetMapping("/leading")
    String leading(Authentication authentication, Model model) {
        model.addAttribute("groups", led(authentication));
        model.addAttribute("section", "leading");
        return "leadership/leading";
    }

    /** One of their groups, with what the hub pays them for leading it. */
    @GetMapping("/leading/{id}")
    String workGroup(@PathVariable long id, Authentication authentication, Model model) {
        PersonView me = people.findByEmail(authentication.getName())
                .orElseThrow(() -> new NotFoundException("not-found.work-group"));
        WorkGroupBrief group = offers.ledBy(List.of(me.id())).stream()
                .filter(g -> g.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.work-group"));
        model.addAttribute("terms", payments.ofLead(me.id()).get(group.id()));
        model.addAttribute("group", group);
        model.addAttribute(
                "leads",
                people.namesById(Stream.of(group.leadPersonId(), group.coLeadPersonId())
                        .filter(Objects::nonNull)
                        .toList()));
        model.addAttribute("section", "leading");
        return "leadership/leading-group";
    }

    private List<WorkGroupBrief> led(Authentication authentication) {
        return people.findByEmail(authentication.getName())
                .map(PersonView::id)
                .map(person -> offers.ledBy(List.of(person)))
                .orElse(List.of());
    }
}
