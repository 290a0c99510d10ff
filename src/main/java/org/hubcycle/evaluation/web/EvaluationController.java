package org.hubcycle.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.ProjectOutlines;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.evaluation.domain.QuestionKind;
import org.hubcycle.evaluation.domain.SurveyKind;
import org.hubcycle.evaluation.internal.EvaluationAccess;
import org.hubcycle.evaluation.internal.EvaluationPages;
import org.hubcycle.evaluation.internal.EvaluationPages.WorkGroupEvaluation;
import org.hubcycle.evaluation.internal.Figures;
import org.hubcycle.evaluation.internal.Figures.Item;
import org.hubcycle.evaluation.internal.Figures.Reply;
import org.hubcycle.evaluation.internal.Results;
import org.hubcycle.evaluation.internal.Results.Result;
import org.hubcycle.evaluation.internal.Surveys;
import org.hubcycle.evaluation.internal.Surveys.OpenInput;
import org.hubcycle.evaluation.internal.Surveys.SurveyRow;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.hubcycle.shared.web.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A hub's evaluation: its work groups' surveys and results, and its projects' results. A work group's
 * leads and its hub lead open and close surveys; hub staff see them; a lead reaches only the groups they
 * lead. The national admin sees every hub's and the national roll-up. Results never say who answered.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD', 'NATIONAL_ADMIN')")
class EvaluationController {

    record OpenForm(
            String kind,
            String session,
            String opensDay,
            String opensMonth,
            String opensYear,
            String closesDay,
            String closesMonth,
            String closesYear) {}

    private final Surveys surveys;
    private final Results results;
    private final EvaluationPages pages;
    private final WorkGroupAccess access;
    private final EvaluationAccess evaluationAccess;
    private final HubOffers offers;
    private final ProjectOutlines projects;
    private final Hubs hubs;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    EvaluationController(
            Surveys surveys,
            Results results,
            EvaluationPages pages,
            WorkGroupAccess access,
            EvaluationAccess evaluationAccess,
            HubOffers offers,
            ProjectOutlines projects,
            Hubs hubs,
            Outbox outbox,
            MessageSource messages,
            Clock clock) {
        this.surveys = surveys;
        this.results = results;
        this.pages = pages;
        this.access = access;
        this.evaluationAccess = evaluationAccess;
        this.offers = offers;
        this.projects = projects;
        this.hubs = hubs;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** The year's work groups with their surveys (hub team, leads), or the year's projects (national admin). */
    @GetMapping("/evaluation")
    String overview(
            @RequestParam(required = false) AcademicYear year,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Model model) {
        AcademicYear chosen = year == null ? AcademicYear.containing(LocalDate.now(clock)) : year;
        model.addAttribute("year", chosen);
        model.addAttribute("section", "evaluation");
        if (member.seesAllHubs()) {
            model.addAttribute("projects", projects.ofYear(chosen));
            return "evaluation/national";
        }
        List<WorkGroupBrief> groups = member.hubId() != null && !EvaluationAccess.leadOnly(user)
                ? offers.briefs(member.hubId(), chosen)
                : access.ledBy(user).stream()
                        .filter(g -> g.year().equals(chosen))
                        .toList();
        Map<Long, List<SurveyRow>> byGroup = new HashMap<>();
        surveys.forWorkGroups(groups.stream().map(WorkGroupBrief::id).toList())
                .forEach(r -> byGroup.computeIfAbsent(r.workGroupId(), k -> new ArrayList<>())
                        .add(r));
        model.addAttribute("groups", groups);
        model.addAttribute("surveysByGroup", byGroup);
        model.addAttribute("projects", EvaluationAccess.leadOnly(user) ? List.of() : projectsOf(groups));
        return "evaluation/overview";
    }

    @GetMapping("/evaluation/work-groups/{id}")
    String workGroup(@PathVariable long id, Authentication user, Model model) {
        WorkGroupEvaluation page = pages.workGroup(id, user);
        model.addAttribute("group", page.group());
        model.addAttribute("surveys", page.surveys());
        model.addAttribute("result", page.result());
        model.addAttribute("reports", page.reports());
        model.addAttribute("canChange", page.canChange());
        model.addAttribute("section", "evaluation");
        return "evaluation/work-group";
    }

    @GetMapping("/evaluation/work-groups/{id}/surveys/new")
    String newSurvey(@PathVariable long id, Authentication user, Model model) {
        WorkGroupBrief group = evaluationAccess.changeable(id, user);
        GovukDate today = GovukDate.of(LocalDate.now(clock));
        GovukDate closes = GovukDate.of(LocalDate.now(clock).plusWeeks(3));
        return openForm(
                group,
                new OpenForm(
                        "BASELINE",
                        "",
                        today.day(),
                        today.month(),
                        today.year(),
                        closes.day(),
                        closes.month(),
                        closes.year()),
                FormErrors.none(),
                model);
    }

    @PostMapping("/evaluation/work-groups/{id}/surveys/new")
    String open(
            @PathVariable long id,
            @ModelAttribute("form") OpenForm form,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        WorkGroupBrief group = evaluationAccess.changeable(id, user);
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        SurveyKind kind =
                FormValues.choice(SurveyKind.class, form.kind(), "kind", "evaluation.open.kind.choose", result);
        LocalDate opens = FormValues.date(
                new GovukDate(form.opensDay(), form.opensMonth(), form.opensYear()),
                "opensDay",
                true,
                "evaluation.open.opens.invalid",
                result);
        LocalDate closes = FormValues.date(
                new GovukDate(form.closesDay(), form.closesMonth(), form.closesYear()),
                "closesDay",
                true,
                "evaluation.open.closes.invalid",
                result);
        int session = 0;
        if (kind == SurveyKind.SESSION) {
            try {
                session = Integer.parseInt(form.session().strip());
            } catch (NumberFormatException | NullPointerException e) {
                result.rejectValue("session", "evaluation.open.session.required");
            }
        }
        OpenInput input = new OpenInput(kind, session, opens, closes);
        if (!result.hasErrors()) {
            for (Refused problem : surveys.problems(input)) {
                result.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
            }
        }
        if (result.hasErrors()) {
            return openForm(group, form, FormErrors.of(result, messages, locale), model);
        }
        int invited;
        try {
            invited = surveys.open(id, input, user.getName());
        } catch (Refused refused) {
            return openForm(group, form, FormErrors.of(refused, messages, locale), model);
        } catch (DataIntegrityViolationException twice) {
            return openForm(
                    group,
                    form,
                    FormErrors.of(new Refused("kind", "evaluation.open.exists", kind.label()), messages, locale),
                    model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(outbox.wording("evaluation.opened"), new Object[] {invited}, locale));
        return "redirect:/evaluation/work-groups/" + id;
    }

    @PostMapping("/evaluation/work-groups/{id}/surveys/{surveyId}/close")
    String close(
            @PathVariable long id,
            @PathVariable long surveyId,
            Authentication user,
            Locale locale,
            RedirectAttributes redirect) {
        WorkGroupBrief group = evaluationAccess.changeable(id, user);
        SurveyRow row = surveys.forWorkGroup(group.id()).stream()
                .filter(s -> s.id() == surveyId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("not-found.survey"));
        try {
            surveys.close(row.id(), user.getName());
            redirect.addFlashAttribute("confirmation", messages.getMessage("evaluation.closed", null, locale));
        } catch (Refused refused) {
            redirect.addFlashAttribute("confirmation", refused.message(messages, locale));
        }
        return "redirect:/evaluation/work-groups/" + id;
    }

    /** The work group's responses, anonymised: a number per respondent, never a name, school or date. */
    @GetMapping("/evaluation/work-groups/{id}/responses.csv")
    ResponseEntity<String> responses(@PathVariable long id, Authentication user, Locale locale) {
        Table table = table(downloadable(id, user), locale);
        return CsvDownload.of("responses-work-group-" + id + ".csv", table.header(), table.rows());
    }

    /** The same, as a workbook. */
    @GetMapping("/evaluation/work-groups/{id}/responses.xlsx")
    ResponseEntity<byte[]> responsesWorkbook(@PathVariable long id, Authentication user, Locale locale) {
        Table table = table(downloadable(id, user), locale);
        return XlsxDownload.of("responses-work-group-" + id + ".xlsx", "Responses", table.header(), table.rows());
    }

    private Table table(Result result, Locale locale) {
        return Table.of(result, code -> messages.getMessage(code, null, locale));
    }

    /** A group's results, when they have enough responses to be downloaded. */
    private Result downloadable(long id, Authentication user) {
        Result result = results.forWorkGroup(evaluationAccess.visible(id, user));
        if (result.responses() < Figures.MINIMUM) {
            throw new NotFoundException("not-found.responses");
        }
        return result;
    }

    /** A project's results in a year: a hub's own (hub users), or nationally or one hub's (national admin). */
    @GetMapping("/evaluation/projects/{code}/results")
    String projectResults(
            @PathVariable String code,
            @RequestParam(required = false) AcademicYear year,
            @RequestParam(required = false) String hub,
            @AuthenticationPrincipal HubMember member,
            Authentication user,
            Model model) {
        if (EvaluationAccess.leadOnly(user)) {
            throw new NotFoundException("not-found.project");
        }
        AcademicYear chosen = year == null ? AcademicYear.containing(LocalDate.now(clock)) : year;
        HubSummary scope = hubOf(hub, member);
        if (scope == null) {
            Results.National national = results.national(code, chosen);
            model.addAttribute("result", national.result());
            model.addAttribute("byHub", national.hubs());
        } else {
            model.addAttribute("result", results.forProject(code, chosen, scope.id()));
            model.addAttribute("byHub", List.of());
        }
        model.addAttribute("code", code);
        model.addAttribute("year", chosen);
        model.addAttribute("hub", scope);
        model.addAttribute("section", "evaluation");
        return "evaluation/project";
    }

    /** The hub a project's results are for: a hub user's own; for the national admin the one named, or none (England). */
    private HubSummary hubOf(String slug, HubMember member) {
        if (!member.seesAllHubs()) {
            return hubs.findById(member.hubId()).orElseThrow(() -> new NotFoundException("not-found.hub"));
        }
        return slug == null || slug.isBlank()
                ? null
                : hubs.findBySlug(slug).orElseThrow(() -> new NotFoundException("not-found.hub"));
    }

    /** Anonymised responses as a table: respondents numbered in the order they first answered, a column per question. */
    record Table(List<String> header, List<List<Object>> rows) {

        /** {@code word} gives a message's words by its code. */
        static Table of(Result result, java.util.function.Function<String, String> word) {
            List<String> header = new ArrayList<>(
                    List.of(word.apply("evaluation.download.respondent"), word.apply("evaluation.survey")));
            for (Item q : result.questions()) {
                header.add(q.text());
                if (q.kind() == QuestionKind.TEXT) {
                    header.add(q.text() + " " + word.apply("evaluation.download.quotable"));
                }
            }
            Map<String, Integer> numbers = new HashMap<>();
            List<List<Object>> rows = new ArrayList<>();
            for (Reply reply : result.replies()) {
                List<Object> row = new ArrayList<>();
                row.add(numbers.computeIfAbsent(reply.pairKey(), k -> numbers.size() + 1));
                row.add(reply.survey().label());
                for (Item q : result.questions()) {
                    var answer = reply.answers().get(q.id());
                    row.add(
                            answer == null
                                    ? ""
                                    : Answers.cell(q, answer.value(), p -> word.apply("evaluation.agreement." + p)));
                    if (q.kind() == QuestionKind.TEXT) {
                        row.add(
                                answer == null
                                        ? ""
                                        : word.apply(answer.quotable() ? "evaluation.yes" : "evaluation.no"));
                    }
                }
                rows.add(row);
            }
            return new Table(header, rows);
        }
    }

    /** One work group of each project among them, by project code: the page links each project's results. */
    private static List<WorkGroupBrief> projectsOf(List<WorkGroupBrief> groups) {
        return List.copyOf(groups.stream()
                .collect(Collectors.toMap(WorkGroupBrief::projectCode, g -> g, (a, b) -> a, TreeMap::new))
                .values());
    }

    private String openForm(WorkGroupBrief group, OpenForm form, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", SurveyKind.values());
        model.addAttribute("section", "evaluation");
        return "evaluation/open-survey";
    }
}
