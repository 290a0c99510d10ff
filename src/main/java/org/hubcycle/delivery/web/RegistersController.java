package org.hubcycle.delivery.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.delivery.internal.Registers;
import org.hubcycle.shared.HubMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Registers to take: the sessions meeting today and those held this year without a register. The hub's
 * lead and staff see the hub's, to chase or take; a work group lead sees only the groups they lead.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD')")
class RegistersController {

    /** A session without a register, with its work group. */
    public record Row(Registers.Missing session, WorkGroupBrief group) {}

    /** A session meeting today, with its work group. */
    public record TodayRow(Registers.Today session, WorkGroupBrief group) {}

    private final Registers registers;
    private final HubOffers offers;
    private final WorkGroupAccess access;
    private final Clock clock;

    RegistersController(Registers registers, HubOffers offers, WorkGroupAccess access, Clock clock) {
        this.registers = registers;
        this.offers = offers;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/delivery/registers")
    String registers(@AuthenticationPrincipal HubMember member, Authentication user, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Registers.Missing> missing = registers.missing(member.hubId(), today);
        List<Registers.Today> meeting = registers.today(member.hubId(), today);
        boolean hubWide = WorkGroupAccess.has(user, "ROLE_HUB_LEAD") || WorkGroupAccess.has(user, "ROLE_HUB_STAFF");
        Map<Long, WorkGroupBrief> groups = visibleGroups(
                hubWide,
                user,
                Stream.concat(
                                missing.stream().map(Registers.Missing::workGroupId),
                                meeting.stream().map(Registers.Today::workGroupId))
                        .collect(Collectors.toSet()));
        model.addAttribute(
                "rows",
                missing.stream()
                        .filter(m -> groups.containsKey(m.workGroupId()))
                        .map(m -> new Row(m, groups.get(m.workGroupId())))
                        .toList());
        model.addAttribute(
                "today",
                meeting.stream()
                        .filter(m -> groups.containsKey(m.workGroupId()))
                        .map(m -> new TodayRow(m, groups.get(m.workGroupId())))
                        .toList());
        model.addAttribute("hubWide", hubWide);
        model.addAttribute("section", hubWide ? "delivery" : "leading");
        return "delivery/registers";
    }

    /** These work groups, as far as the person may see them: all the hub's for its lead and staff, else those they lead. */
    private Map<Long, WorkGroupBrief> visibleGroups(boolean hubWide, Authentication user, Set<Long> ids) {
        Stream<WorkGroupBrief> groups = hubWide
                ? offers.briefs(List.copyOf(ids)).stream()
                : access.ledBy(user).stream().filter(g -> ids.contains(g.id()));
        return groups.collect(Collectors.toMap(WorkGroupBrief::id, Function.identity()));
    }
}
