package org.hubcycle.leadership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.leadership.internal.ExpressionsOfInterest;
import org.hubcycle.leadership.internal.LeadershipTerms.Capacity;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An LLME's side of a round: the work groups their hub invites interest in, what they have offered
 * in each, and the hub's decisions. They see and change only their own expressions of interest.
 */
@Controller
@PreAuthorize("hasRole('LLME')")
class InterestController {

    record InterestForm(
            String capacity,

            @NotBlank(message = "{interest.experience.required}")
            @Size(max = 4000, message = "{interest.experience.size}")
            String experience) {}

    private final ExpressionsOfInterest interest;
    private final LlmeRegister register;
    private final HubOffers offers;
    private final MessageSource messages;

    InterestController(
            ExpressionsOfInterest interest, LlmeRegister register, HubOffers offers, MessageSource messages) {
        this.interest = interest;
        this.register = register;
        this.offers = offers;
        this.messages = messages;
    }

    @GetMapping("/interest")
    String overview(Authentication authentication, @AuthenticationPrincipal HubMember user, Model model) {
        model.addAttribute("section", "interest");
        Long llmeId = register.llmeOf(authentication.getName()).orElse(null);
        model.addAttribute("registered", llmeId != null);
        if (llmeId != null) {
            model.addAttribute("rounds", interest.openRounds(user.hubId(), llmeId));
            model.addAttribute("mine", interest.mine(llmeId));
        }
        return "leadership/interest";
    }

    @GetMapping("/interest/{roundId}/{workGroupId}")
    String form(
            @PathVariable long roundId, @PathVariable long workGroupId, Authentication authentication, Model model) {
        long llmeId = me(authentication);
        ExpressionsOfInterest.OpenRound round = interest.forWorkGroup(roundId, workGroupId, llmeId)
                .orElseThrow(() -> new NotFoundException("not-found.round"));
        ExpressionsOfInterest.Mine mine = round.mine().get(workGroupId);
        InterestForm form = mine == null
                ? new InterestForm("", "")
                : new InterestForm(mine.capacity().name(), mine.experience());
        return form(round, form, FormErrors.none(), model);
    }

    @PostMapping("/interest/{roundId}/{workGroupId}")
    String express(
            @PathVariable long roundId,
            @PathVariable long workGroupId,
            @Valid @ModelAttribute("form") InterestForm form,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        long llmeId = me(authentication);
        ExpressionsOfInterest.OpenRound round = interest.forWorkGroup(roundId, workGroupId, llmeId)
                .orElseThrow(() -> new NotFoundException("not-found.round"));
        Capacity capacity = FormValues.choice(Capacity.class, form.capacity(), "capacity", result);
        if (result.hasErrors()) {
            return form(round, form, FormErrors.of(result, messages, locale), model);
        }
        try {
            interest.express(
                    roundId, workGroupId, llmeId, capacity, form.experience().strip());
        } catch (Refused refused) {
            return form(round, form, Forms.errors(refused, "capacity", messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        "interest.sent", new Object[] {round.groups().get(0).name()}, locale));
        return "redirect:/interest";
    }

    @PostMapping("/interest/{roundId}/{workGroupId}/withdraw")
    String withdraw(
            @PathVariable long roundId,
            @PathVariable long workGroupId,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        long llmeId = me(authentication);
        ExpressionsOfInterest.OpenRound round = interest.forWorkGroup(roundId, workGroupId, llmeId)
                .orElseThrow(() -> new NotFoundException("not-found.round"));
        try {
            interest.withdraw(roundId, workGroupId, llmeId);
        } catch (Refused refused) {
            ExpressionsOfInterest.Mine mine = round.mine().get(workGroupId);
            return form(
                    round,
                    new InterestForm(mine == null ? "" : mine.capacity().name(), mine == null ? "" : mine.experience()),
                    Forms.errors(refused, "capacity", messages, locale),
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        "interest.withdrawn",
                        new Object[] {round.groups().get(0).name()},
                        locale));
        return "redirect:/interest";
    }

    /** The signed-in LLME's register entry; someone not on their hub's register has no expressions of interest to make. */
    private long me(Authentication authentication) {
        return register.llmeOf(authentication.getName()).orElseThrow(() -> new NotFoundException("not-found.llme"));
    }

    private String form(ExpressionsOfInterest.OpenRound round, InterestForm form, FormErrors errors, Model model) {
        model.addAttribute("round", round.round());
        model.addAttribute("group", round.groups().get(0));
        // What leading it asks of them: the work group as the hub planned it, before it is published.
        model.addAttribute(
                "plan",
                offers.saved(round.groups().get(0).id())
                        .map(HubOffers.SavedWorkGroup::values)
                        .orElse(null));
        model.addAttribute("mine", round.mine().get(round.groups().get(0).id()));
        model.addAttribute("capacities", Capacity.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "interest");
        return "leadership/interest-form";
    }
}
