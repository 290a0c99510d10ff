package org.hubcycle.evaluation.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubcycle.evaluation.domain.Question;
import org.hubcycle.evaluation.internal.Answering;
import org.hubcycle.evaluation.internal.Answering.State;
import org.hubcycle.evaluation.internal.Answering.Visit;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A respondent answers a survey through their personal link, without signing in, one section per page
 * (the GOV.UK question pages pattern), then checks their answers and submits. They can stop at any
 * section and come back through the same link. A link Hubcycle did not send finds nothing; a closed
 * survey, one not yet open, and one already answered each say so plainly.
 */
@Controller
class SurveyController {

    private final Answering answering;
    private final MessageSource messages;

    SurveyController(Answering answering, MessageSource messages) {
        this.answering = answering;
        this.messages = messages;
    }

    @GetMapping("/survey/{token}")
    String start(@PathVariable String token, Model model) {
        Visit visit = visit(token);
        model.addAttribute("visit", visit);
        model.addAttribute("token", token);
        return visit.state() == State.OPEN ? "evaluation/survey-start" : "evaluation/survey-unavailable";
    }

    @GetMapping("/survey/{token}/{section:\\d+}")
    String section(@PathVariable String token, @PathVariable int section, Locale locale, Model model) {
        Visit visit = visit(token);
        if (visit.state() != State.OPEN) {
            return start(token, model);
        }
        if (!visit.hasSection(section)) {
            throw new NotFoundException("not-found.page");
        }
        return section(token, visit, section, null, FormErrors.none(), locale, model);
    }

    @PostMapping("/survey/{token}/{section:\\d+}")
    String save(
            @PathVariable String token,
            @PathVariable int section,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) String later,
            Locale locale,
            Model model) {
        Visit visit = visit(token);
        if (visit.state() != State.OPEN) {
            return start(token, model);
        }
        if (!visit.hasSection(section)) {
            throw new NotFoundException("not-found.page");
        }
        List<Refused> problems;
        try {
            problems = answering.save(token, section, form, later != null);
        } catch (Refused refused) {
            return start(token, model);
        }
        if (!problems.isEmpty()) {
            return section(
                    token,
                    visit,
                    section,
                    form,
                    FormErrors.of(problems.stream()
                            .map(p -> new String[] {p.field(), p.message(messages, locale)})
                            .toList()),
                    locale,
                    model);
        }
        if (later != null) {
            return "redirect:/survey/" + token + "/saved";
        }
        return section < visit.sections().size()
                ? "redirect:/survey/" + token + "/" + (section + 1)
                : "redirect:/survey/" + token + "/check";
    }

    @GetMapping("/survey/{token}/saved")
    String saved(@PathVariable String token, Model model) {
        model.addAttribute("visit", visit(token));
        model.addAttribute("token", token);
        return "evaluation/survey-saved";
    }

    @GetMapping("/survey/{token}/check")
    String check(@PathVariable String token, Model model) {
        return check(token, FormErrors.none(), model);
    }

    @PostMapping("/survey/{token}/check")
    String submit(@PathVariable String token, Locale locale, Model model) {
        try {
            answering.submit(token);
        } catch (Refused refused) {
            Visit visit = visit(token);
            if (visit.state() != State.OPEN) {
                return start(token, model);
            }
            return check(token, FormErrors.of(refused, messages, locale), model);
        }
        return "redirect:/survey/" + token + "/done";
    }

    @GetMapping("/survey/{token}/done")
    String done(@PathVariable String token, Model model) {
        Visit visit = visit(token);
        model.addAttribute("visit", visit);
        return visit.state() == State.SUBMITTED ? "evaluation/survey-done" : "redirect:/survey/" + token;
    }

    private String check(String token, FormErrors errors, Model model) {
        Visit visit = visit(token);
        if (visit.state() != State.OPEN) {
            return start(token, model);
        }
        model.addAttribute("visit", visit);
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "evaluation/survey-check";
    }

    /** A section's page, showing what was just entered (when it had errors) or else what was saved. */
    private String section(
            String token,
            Visit visit,
            int number,
            MultiValueMap<String, String> entered,
            FormErrors errors,
            Locale locale,
            Model model) {
        Map<Long, List<String>> values = new HashMap<>();
        Map<Long, Boolean> quoted = new HashMap<>();
        for (Question q : visit.section(number).questions()) {
            String name = "q" + q.getId();
            values.put(q.getId(), entered == null ? visit.values(q) : entered.getOrDefault(name, List.of()));
            quoted.put(
                    q.getId(), entered == null ? visit.quotable(q) : "yes".equals(entered.getFirst(name + "-quote")));
        }
        model.addAttribute("visit", visit);
        model.addAttribute("token", token);
        model.addAttribute("number", number);
        model.addAttribute("current", visit.section(number));
        Map<String, String> agreement = new LinkedHashMap<>();
        for (int point = 1; point <= 5; point++) {
            agreement.put(String.valueOf(point), messages.getMessage("evaluation.agreement." + point, null, locale));
        }
        Map<Long, Map<String, String>> choices = new HashMap<>();
        for (Question q : visit.section(number).questions()) {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < q.getOptions().size(); i++) {
                options.put(String.valueOf(i), q.getOptions().get(i));
            }
            choices.put(q.getId(), options);
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("choices", choices);
        model.addAttribute("values", values);
        model.addAttribute("quoted", quoted);
        model.addAttribute("errors", errors);
        return "evaluation/survey-section";
    }

    private Visit visit(String token) {
        return answering.visit(token).orElseThrow(() -> new NotFoundException("not-found.survey-link"));
    }
}
