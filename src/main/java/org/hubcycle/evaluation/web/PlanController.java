package org.hubcycle.evaluation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.evaluation.domain.Question;
import org.hubcycle.evaluation.domain.QuestionKind;
import org.hubcycle.evaluation.domain.SurveyKind;
import org.hubcycle.evaluation.internal.EvaluationAccess;
import org.hubcycle.evaluation.internal.Plans;
import org.hubcycle.evaluation.internal.Plans.PlanView;
import org.hubcycle.evaluation.internal.Plans.QuestionInput;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national admin writes a project's evaluation plan: its questions, each tied to an outcome area and
 * asked in the baseline, session or final survey. A plan that has responses is frozen: the page says so,
 * and the first change makes its next version.
 */
@Controller
class PlanController {

    record QuestionForm(
            String kind,
            String text,
            String hint,
            String area,
            String options,
            List<String> surveys,
            String required,
            String asksConsent,
            String was) {

        static QuestionForm blank() {
            return new QuestionForm("AGREEMENT", "", "", "", "", List.of("BASELINE", "FINAL"), "yes", "", null);
        }

        static QuestionForm of(Question q) {
            return new QuestionForm(
                    q.getKind().name(),
                    q.getText(),
                    q.getHint() == null ? "" : q.getHint(),
                    q.getOutcomeArea() == null ? "" : q.getOutcomeArea().name(),
                    String.join("\n", q.getOptions()),
                    q.getSurveys().stream().map(Enum::name).toList(),
                    q.isRequired() ? "yes" : "",
                    q.isAsksConsent() ? "yes" : "",
                    q.getText());
        }

        /** The input, with a problem for each field that cannot be read (a tampered form, say). */
        QuestionInput input(List<Refused> problems) {
            QuestionKind k = parse(QuestionKind.class, kind);
            OutcomeArea a = area == null || area.isBlank() ? null : parse(OutcomeArea.class, area);
            if (area != null && !area.isBlank() && a == null) {
                problems.add(new Refused("area", "choice.invalid"));
            }
            Set<SurveyKind> in = EnumSet.noneOf(SurveyKind.class);
            for (String s : surveys == null ? List.<String>of() : surveys) {
                SurveyKind kindOf = parse(SurveyKind.class, s);
                if (kindOf != null) {
                    in.add(kindOf);
                }
            }
            List<String> lines = options == null
                    ? List.of()
                    : Arrays.stream(options.split("\\R"))
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toList();
            return new QuestionInput(k, text, hint, a, lines, in, "yes".equals(required), "yes".equals(asksConsent));
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException | NullPointerException e) {
                return null;
            }
        }
    }

    /** The national plan's pages, and the same pages for a hub's own questions. */
    static final String NATIONAL = "plan";

    static final String LOCAL = "local-questions";

    private static final String PAGES = "/evaluation/projects/{code}/{part:plan|local-questions}";

    private final Plans plans;
    private final MessageSource messages;

    PlanController(Plans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping(PAGES)
    String plan(
            @PathVariable String code,
            @PathVariable String part,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Model model) {
        PlanView plan = plans.view(code, owner(part, member, user));
        model.addAttribute("plan", plan);
        model.addAttribute("base", page(plan));
        model.addAttribute("kinds", SurveyKind.values());
        model.addAttribute("contactKinds", Plans.CONTACTS_ASKED_IN);
        model.addAttribute("section", "evaluation");
        return "evaluation/plan";
    }

    @GetMapping(PAGES + "/questions/new")
    String newQuestion(
            @PathVariable String code,
            @PathVariable String part,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Model model) {
        return form(plans.view(code, owner(part, member, user)), null, QuestionForm.blank(), FormErrors.none(), model);
    }

    @PostMapping(PAGES + "/questions/new")
    String add(
            @PathVariable String code,
            @PathVariable String part,
            @ModelAttribute("form") QuestionForm form,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PlanView plan = plans.view(code, owner(part, member, user));
        List<Refused> problems = new ArrayList<>();
        QuestionInput input = form.input(problems);
        problems.addAll(plans.problems(code, input));
        if (!problems.isEmpty()) {
            return form(plan, null, form, errors(problems, locale), model);
        }
        try {
            plans.add(code, plan.hubId(), input, user.getName());
        } catch (Refused refused) {
            return form(plan, null, form, errors(List.of(refused), locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage(changed(plan), null, locale));
        return "redirect:" + page(plan);
    }

    @GetMapping(PAGES + "/questions/{position}")
    String edit(
            @PathVariable String code,
            @PathVariable String part,
            @PathVariable int position,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Model model) {
        PlanView plan = plans.view(code, owner(part, member, user));
        Question q = plan.at(position).orElseThrow(() -> new NotFoundException("not-found.question"));
        return form(plan, position, QuestionForm.of(q), FormErrors.none(), model);
    }

    @PostMapping(PAGES + "/questions/{position}")
    String change(
            @PathVariable String code,
            @PathVariable String part,
            @PathVariable int position,
            @ModelAttribute("form") QuestionForm form,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        PlanView plan = plans.view(code, owner(part, member, user));
        List<Refused> problems = new ArrayList<>();
        QuestionInput input = form.input(problems);
        problems.addAll(plans.problems(code, input));
        if (!problems.isEmpty()) {
            return form(plan, position, form, errors(problems, locale), model);
        }
        try {
            plans.change(code, plan.hubId(), position, form.was(), input, user.getName());
        } catch (Refused refused) {
            return form(plan, position, form, FormErrors.of(refused, messages, locale), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage(changed(plan), null, locale));
        return "redirect:" + page(plan);
    }

    @PostMapping(PAGES + "/questions/{position}/remove")
    String remove(
            @PathVariable String code,
            @PathVariable String part,
            @PathVariable int position,
            @RequestParam(required = false) String was,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            RedirectAttributes redirect) {
        PlanView plan = plans.view(code, owner(part, member, user));
        try {
            plans.remove(code, plan.hubId(), position, was, user.getName());
            redirect.addFlashAttribute("confirmation", messages.getMessage(changed(plan), null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.message(messages, locale));
        }
        return "redirect:" + page(plan);
    }

    /** Which of the national plan's surveys also invite each school's maths lead or headteacher. */
    @PostMapping("/evaluation/projects/{code}/plan/contacts")
    String contacts(
            @PathVariable String code,
            @RequestParam(name = "contacts", required = false) List<String> contacts,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Locale locale,
            RedirectAttributes redirect) {
        PlanView plan = plans.view(code, owner(NATIONAL, member, user));
        Set<SurveyKind> kinds = EnumSet.noneOf(SurveyKind.class);
        for (String kind : contacts == null ? List.<String>of() : contacts) {
            SurveyKind chosen = QuestionForm.parse(SurveyKind.class, kind);
            if (chosen != null && Plans.CONTACTS_ASKED_IN.contains(chosen)) {
                kinds.add(chosen);
            }
        }
        plans.inviteContactsTo(code, kinds, user.getName());
        redirect.addFlashAttribute("confirmation", messages.getMessage(changed(plan), null, locale));
        return "redirect:" + page(plan);
    }

    /**
     * Whose questions the page is about: the national plan's (hub null), which only the national admin
     * changes, or the person's own hub's local questions, which its lead and staff change; never another
     * hub's, and never the national ones from a hub.
     */
    private static Long owner(String part, HubMember member, Authentication user) {
        if (NATIONAL.equals(part)) {
            if (!EvaluationAccess.national(user)) {
                throw new AccessDeniedException("The national evaluation plan is the national admin's");
            }
            return null;
        }
        if (member.hubId() == null
                || !(WorkGroupAccess.has(user, "ROLE_HUB_LEAD") || WorkGroupAccess.has(user, "ROLE_HUB_STAFF"))) {
            throw new AccessDeniedException("Local questions are a hub team's");
        }
        return member.hubId();
    }

    /** The plan's page: the national plan's or the hub's local questions'. */
    static String page(PlanView plan) {
        return "/evaluation/projects/" + plan.project().code() + "/" + (plan.local() ? LOCAL : NATIONAL);
    }

    /** What to say after a change: a frozen plan's change made a new version. */
    private static String changed(PlanView before) {
        return before.frozen() ? "evaluation.plan.newVersion" : "evaluation.plan.saved";
    }

    private FormErrors errors(List<Refused> problems, Locale locale) {
        return FormErrors.of(problems.stream()
                .map(p -> new String[] {p.field(), p.message(messages, locale)})
                .toList());
    }

    private String form(PlanView plan, Integer position, QuestionForm form, FormErrors errors, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("base", page(plan));
        model.addAttribute("position", position);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("questionKinds", QuestionKind.values());
        model.addAttribute(
                "areas",
                plan.project().outcomes().isEmpty()
                        ? List.of(OutcomeArea.values())
                        : plan.project().areas());
        model.addAttribute("surveyKinds", SurveyKind.values());
        model.addAttribute("section", "evaluation");
        return "evaluation/question-form";
    }
}
