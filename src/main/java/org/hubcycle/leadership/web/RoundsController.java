package org.hubcycle.leadership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.leadership.internal.ExpressionsOfInterest;
import org.hubcycle.leadership.internal.LeadershipTerms.Decision;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.hubcycle.shared.web.PageRequests;
import org.hubcycle.shared.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rounds of expressions of interest, and commissioning: the hub lead opens a round for a year's
 * work groups and decides, work group by work group, who leads. Hub staff see both. Own hub only.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class RoundsController {

    record RoundForm(
            @NotBlank(message = "{llme.round.title.required}") @Size(max = 200, message = "{llme.round.title.size}")
            String title,

            String deadlineDay,
            String deadlineMonth,
            String deadlineYear,
            List<Long> workGroupIds) {

        public List<Long> chosen() {
            return workGroupIds == null ? List.of() : workGroupIds;
        }
    }

    record DecisionForm(
            String decision,

            @Size(max = 2000, message = "{llme.decision.message.size}")
            String message) {}

    private final ExpressionsOfInterest interest;
    private final HubOffers offers;
    private final MessageSource messages;
    private final Outbox outbox;
    private final Clock clock;

    RoundsController(
            ExpressionsOfInterest interest, HubOffers offers, MessageSource messages, Outbox outbox, Clock clock) {
        this.interest = interest;
        this.offers = offers;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/llmes/rounds")
    String rounds(@RequestParam(required = false) Integer page, @AuthenticationPrincipal HubMember user, Model model) {
        Page<ExpressionsOfInterest.Round> rounds = interest.rounds(user.hubId(), PageRequests.page(page));
        model.addAttribute("rounds", rounds);
        model.addAttribute("pagination", Pagination.of(rounds));
        model.addAttribute("thisYear", thisYear());
        model.addAttribute("section", "llmes");
        return "leadership/rounds";
    }

    @GetMapping("/llmes/rounds/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String newRound(
            @RequestParam(required = false) String year,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model) {
        AcademicYear chosen = Forms.year(year, thisYear());
        RoundForm blank = new RoundForm(
                messages.getMessage("llme.round.title.default", new Object[] {chosen.toString()}, locale),
                "",
                "",
                "",
                new ArrayList<>());
        return form(chosen, blank, FormErrors.none(), user, model);
    }

    @PostMapping("/llmes/rounds/new")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String open(
            @RequestParam(required = false) String year,
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        AcademicYear chosen = Forms.year(year, thisYear());
        LocalDate deadline = FormValues.date(
                new GovukDate(form.deadlineDay(), form.deadlineMonth(), form.deadlineYear()),
                "deadlineDay",
                true,
                "interest.round.deadline.invalid",
                result);
        for (Refused problem : interest.problems(user.hubId(), chosen, deadline, form.chosen())) {
            result.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
        }
        if (result.hasErrors()) {
            return form(chosen, form, FormErrors.of(result, messages, locale), user, model);
        }
        try {
            long id = interest.open(user.hubId(), chosen, form.title().strip(), deadline, form.chosen());
            redirect.addFlashAttribute("confirmation", messages.getMessage("llme.round.opened", null, locale));
            return "redirect:/llmes/rounds/" + id;
        } catch (Refused refused) {
            return form(chosen, form, FormErrors.of(refused, messages, locale), user, model);
        }
    }

    @GetMapping("/llmes/rounds/{id}")
    String round(@PathVariable long id, Model model) {
        model.addAttribute("round", interest.round(id).orElseThrow(() -> new NotFoundException("not-found.round")));
        model.addAttribute(
                "groups", interest.roundGroups(id).orElseThrow(() -> new NotFoundException("not-found.round")));
        model.addAttribute("section", "llmes");
        return "leadership/round";
    }

    @GetMapping("/llmes/rounds/{id}/work-groups/{workGroupId}")
    String commissioning(@PathVariable long id, @PathVariable long workGroupId, Model model) {
        return commissioning(id, workGroupId, null, null, FormErrors.none(), model);
    }

    @PostMapping("/llmes/rounds/{id}/work-groups/{workGroupId}/expressions/{expressionId}")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String decide(
            @PathVariable long id,
            @PathVariable long workGroupId,
            @PathVariable long expressionId,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ExpressionsOfInterest.Commissioning page =
                interest.commissioning(id, workGroupId).orElseThrow(() -> new NotFoundException("not-found.round"));
        ExpressionsOfInterest.Candidate candidate = page.candidates().stream()
                .filter(c -> c.id() == expressionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.expression-of-interest"));
        Decision decision = FormValues.choice(Decision.class, form.decision(), "decision", result);
        if (result.hasErrors()) {
            return commissioning(
                    id,
                    workGroupId,
                    expressionId,
                    form,
                    errorsFor(expressionId, FormErrors.of(result, messages, locale)),
                    model);
        }
        try {
            interest.decide(expressionId, decision, form.message());
        } catch (Refused refused) {
            return commissioning(
                    id,
                    workGroupId,
                    expressionId,
                    form,
                    FormErrors.of(
                            fieldId(expressionId, refused.field() == null ? "decision" : refused.field()),
                            refused,
                            messages,
                            locale),
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        decision == Decision.SHORTLIST
                                ? "llme.decision.SHORTLIST"
                                : outbox.wording("llme.decision." + decision.name()),
                        new Object[] {candidate.fullName()},
                        locale));
        return "redirect:/llmes/rounds/" + id + "/work-groups/" + workGroupId;
    }

    /** Each candidate has its own decision form; its fields' ids carry the expression's id so the error summary links to them. */
    static String fieldId(long expressionId, String field) {
        return field + "-" + expressionId;
    }

    private static FormErrors errorsFor(long expressionId, FormErrors errors) {
        FormErrors.ErrorLink first = errors.summary().get(0);
        return FormErrors.of(fieldId(expressionId, first.href().substring(1)), first.message());
    }

    private String commissioning(
            long id, long workGroupId, Long expressionId, DecisionForm form, FormErrors errors, Model model) {
        model.addAttribute(
                "page",
                interest.commissioning(id, workGroupId).orElseThrow(() -> new NotFoundException("not-found.round")));
        model.addAttribute("errors", errors);
        model.addAttribute("failedId", expressionId);
        model.addAttribute("failedForm", form);
        model.addAttribute("section", "llmes");
        return "leadership/commissioning";
    }

    private String form(AcademicYear year, RoundForm form, FormErrors errors, HubMember user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        Map<Long, String> workGroups = new LinkedHashMap<>();
        offers.briefs(user.hubId(), year).stream()
                .filter(g -> !g.cancelled())
                .forEach(g -> workGroups.put(
                        g.id(),
                        g.name() + " (" + g.projectCode() + ", "
                                + g.status().label().toLowerCase(Locale.UK) + ")"));
        model.addAttribute("workGroups", workGroups);
        model.addAttribute("thisYear", thisYear());
        model.addAttribute("section", "llmes");
        return "leadership/round-form";
    }

    private AcademicYear thisYear() {
        return AcademicYear.containing(LocalDate.now(clock));
    }
}
