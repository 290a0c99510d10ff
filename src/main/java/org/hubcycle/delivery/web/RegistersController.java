package org.hubcycle.delivery.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.internal.Registers;
import org.hubcycle.shared.HubMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The hub's sessions held this year without a register, for its lead and staff to chase or take. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class RegistersController {

    /** A session without a register, with its work group. */
    public record Row(Registers.Missing session, WorkGroupBrief group) {}

    private final Registers registers;
    private final HubOffers offers;
    private final Clock clock;

    RegistersController(Registers registers, HubOffers offers, Clock clock) {
        this.registers = registers;
        this.offers = offers;
        this.clock = clock;
    }

    @GetMapping("/delivery/registers")
    String missing(@AuthenticationPrincipal HubMember member, Model model) {
        List<Registers.Missing> missing = registers.missing(member.hubId(), LocalDate.now(clock));
        Map<Long, WorkGroupBrief> groups =
                offers
                        .briefs(missing.stream()
                                .map(Registers.Missing::workGroupId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(WorkGroupBrief::id, Function.identity()));
        model.addAttribute(
                "rows",
                missing.stream()
                        .filter(m -> groups.containsKey(m.workGroupId()))
                        .map(m -> new Row(m, groups.get(m.workGroupId())))
                        .toList());
        model.addAttribute("section", "delivery");
        return "delivery/registers";
    }
}
