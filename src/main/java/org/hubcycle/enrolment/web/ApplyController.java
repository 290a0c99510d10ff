package org.hubcycle.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.Enrolments.ParticipantInput;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.enrolment.internal.Applications.ParticipantView;
import org.hubcycle.enrolment.internal.Eligibility;
import org.hubcycle.enrolment.internal.FundingClaims;
import org.hubcycle.enrolment.internal.ParticipantChanges;
import org.hubcycle.enrolment.internal.SchoolEligibility;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school contact applies to a published work group for their school: nominates participants,
 * checks their answers (with the eligibility decision the school would get), and submits. Then they
 * follow their school's applications and may withdraw. A contact sees only their own school's.
 */
@Controller
@PreAuthorize("hasRole('SCHOOL_CONTACT')")
class ApplyController {

    static final List<String> ROLES =
            List.of("Teacher", "Maths lead", "Mastery Advocate", "Headteacher", "Teaching assistant", "Other");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TRN = Pattern.compile("\\d{7}");

    /** The participants as typed: fields numbered by row, {@code name-1}, {@code email-1}, and so on. */
    record Nominations(Map<String, String> fields) {

        static Nominations none() {
            return new Nominations(Map.of());
        }

        /** One row per place, as the form shows them; an untouched row starts with the role the work group asks for there. */
        public List<Row> rows(int places, RequiredRoles required) {
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i <= places; i++) {
                String role = fields.containsKey("role-" + i)
                        ? get("role", i)
                        : required.suggestedFor(i).orElse("");
                rows.add(new Row(i, get("name", i), get("email", i), get("jobTitle", i), role, get("trn", i)));
            }
            return rows;
        }

        private String get(String field, int row) {
            String value = fields.get(field + "-" + row);
            return value == null ? "" : value.strip();
        }
    }

    public record Row(int number, String name, String email, String jobTitle, String role, String trn) {

        /** Nothing typed (a role chosen for you does not count). */
        public boolean blank() {
            return name.isEmpty() && email.isEmpty() && jobTitle.isEmpty() && trn.isEmpty();
        }
    }

    private final Enrolments enrolments;
    private final Applications applications;
    private final ParticipantChanges changes;
    private final FundingClaims claims;
    private final SchoolEligibility eligibility;
    private final WorkGroupTerms workGroups;
    private final Schools schools;
    private final MessageSource messages;
    private final Outbox outbox;
    private final Clock clock;

    ApplyController(
            Enrolments enrolments,
            Applications applications,
            ParticipantChanges changes,
            FundingClaims claims,
            SchoolEligibility eligibility,
            WorkGroupTerms workGroups,
            Schools schools,
            MessageSource messages,
            Outbox outbox,
            Clock clock) {
        this.enrolments = enrolments;
        this.applications = applications;
        this.changes = changes;
        this.claims = claims;
        this.eligibility = eligibility;
        this.workGroups = workGroups;
        this.schools = schools;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The form; a school that has already applied to the work group is shown that application instead. */
    @GetMapping("/apply/{id}")
    String start(
            @PathVariable long id,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Optional<Long> made = user.schoolUrn() == null ? Optional.empty() : applications.idOf(user.schoolUrn(), id);
        if (made.isPresent()) {
            redirect.addFlashAttribute("notice", messages.getMessage("apply.already", null, locale));
            return "redirect:/applications/" + made.get();
        }
        return form(id, Nominations.none(), FormErrors.none(), user, model);
    }

    /** Back from checking the answers, with what was typed. */
    @PostMapping("/apply/{id}/change")
    String change(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal HubMember user,
            Model model) {
        return form(id, new Nominations(fields), FormErrors.none(), user, model);
    }

    @PostMapping("/apply/{id}/check")
    String check(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model) {
        Nominations nominations = new Nominations(fields);
        Terms terms = open(id);
        FormErrors errors = validate(terms, nominations, locale);
        if (errors.any()) {
            return form(id, nominations, errors, user, model);
        }
        try {
            Enrolments.checkParticipants(terms, participants(terms, nominations));
        } catch (Refused refused) {
            return form(id, nominations, FormErrors.of(refused, messages, locale), user, model);
        }
        SchoolSummary school = claimedSchool(user);
        model.addAttribute("group", terms);
        model.addAttribute("school", school);
        model.addAttribute("pending", user.schoolUrn() == null);
        model.addAttribute(
                "rows",
                nominations.rows(terms.placesPerSchool(), terms.requiredRoles()).stream()
                        .filter(r -> !r.blank())
                        .toList());
        model.addAttribute("decision", eligibility.of(id, school.urn()));
        model.addAttribute("section", "applications");
        return "enrolment/check";
    }

    @PostMapping("/apply/{id}")
    String submit(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal HubMember user,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Nominations nominations = new Nominations(fields);
        Terms terms = open(id);
        FormErrors errors = validate(terms, nominations, locale);
        if (errors.any()) {
            return form(id, nominations, errors, user, model);
        }
        if (user.schoolUrn() == null) {
            SchoolSummary claimed = claimedSchool(user);
            return form(
                    id,
                    nominations,
                    FormErrors.of(
                            "name-1", messages.getMessage("apply.pending", new Object[] {claimed.name()}, locale)),
                    user,
                    model);
        }
        SchoolSummary school = school(user);
        try {
            long application = enrolments.apply(new Enrolments.Application(
                    id, school.urn(), participants(terms, nominations), authentication.getName()));
            redirect.addFlashAttribute(
                    "confirmation",
                    messages.getMessage(outbox.wording("apply.submitted"), new Object[] {terms.name()}, locale));
            return "redirect:/applications/" + application;
        } catch (Refused refused) {
            return form(
                    id,
                    nominations,
                    FormErrors.of(
                            refused.field() == null ? "name-1" : refused.field(), refused.message(messages, locale)),
                    user,
                    model);
        }
    }

    @GetMapping("/applications")
    String applications(@AuthenticationPrincipal HubMember user, Model model) {
        if (user.schoolUrn() == null && user.pendingSchoolUrn() != null) {
            model.addAttribute("school", claimedSchool(user));
            model.addAttribute("pending", true);
            model.addAttribute("applications", List.of());
            model.addAttribute("section", "applications");
            return "enrolment/applications";
        }
        SchoolSummary school = school(user);
        model.addAttribute("school", school);
        model.addAttribute("applications", applications.forSchool(school.urn()));
        model.addAttribute("section", "applications");
        return "enrolment/applications";
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable long id, @AuthenticationPrincipal HubMember user, Model model) {
        return application(id, FormErrors.none(), user, model);
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) String withdrawReason,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        SchoolSummary school = school(user);
        applications.forSchool(school.urn(), id).orElseThrow(() -> new NotFoundException("not-found.application"));
        if (withdrawReason == null || withdrawReason.isBlank() || withdrawReason.length() > 1000) {
            return application(
                    id,
                    FormErrors.of("withdrawReason", messages.getMessage("enrolment.reason.required", null, locale)),
                    user,
                    model);
        }
        try {
            enrolments.withdrawBySchool(school.urn(), id, withdrawReason.strip());
        } catch (Refused refused) {
            return application(id, FormErrors.of("withdrawReason", refused.message(messages, locale)), user, model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("apply.withdrawn", null, locale));
        return "redirect:/applications/" + id;
    }

    /** The form to name someone else in a participant's place, or to correct how they are named. */
    @GetMapping("/applications/{id}/participants/{position}")
    String participant(
            @PathVariable long id, @PathVariable int position, @AuthenticationPrincipal HubMember user, Model model) {
        ParticipantView now = changes.current(school(user).urn(), id, position);
        return participantForm(
                id,
                now,
                new ParticipantInput(now.fullName(), now.email(), now.jobTitle(), now.role(), now.trn()),
                FormErrors.none(),
                user,
                model);
    }

    @PostMapping("/applications/{id}/participants/{position}")
    String changeParticipant(
            @PathVariable long id,
            @PathVariable int position,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal HubMember user,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        int urn = school(user).urn();
        ParticipantView now = changes.current(urn, id, position);
        Row typed = new Row(
                position,
                field(fields, "name"),
                field(fields, "email"),
                field(fields, "jobTitle"),
                now.role(),
                field(fields, "trn"));
        ParticipantInput who = new ParticipantInput(
                typed.name(),
                typed.email(),
                typed.jobTitle(),
                now.role(),
                typed.trn().isEmpty() ? null : typed.trn());
        List<String[]> problems = problems(typed, "", locale);
        if (!problems.isEmpty()) {
            return participantForm(id, now, who, FormErrors.of(problems), user, model);
        }
        ParticipantChanges.Outcome outcome;
        try {
            outcome = changes.change(urn, id, position, who, authentication.getName());
        } catch (Refused refused) {
            return participantForm(id, now, who, FormErrors.of(refused, messages, locale), user, model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                outcome == ParticipantChanges.Outcome.REPLACED
                        ? messages.getMessage(
                                outbox.wording("participant.change.replaced"),
                                new Object[] {who.fullName(), now.fullName()},
                                locale)
                        : messages.getMessage("participant.change.corrected", new Object[] {who.fullName()}, locale));
        return "redirect:/applications/" + id;
    }

    private String participantForm(
            long id, ParticipantView now, ParticipantInput typed, FormErrors errors, HubMember user, Model model) {
        model.addAttribute(
                "app",
                applications
                        .forSchool(school(user).urn(), id)
                        .orElseThrow(() -> new NotFoundException("not-found.application")));
        model.addAttribute("now", now);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "applications");
        return "enrolment/participant";
    }

    private static String field(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value.strip();
    }

    private String application(long id, FormErrors errors, HubMember user, Model model) {
        SchoolSummary school = school(user);
        Applications.View app = applications
                .forSchool(school.urn(), id)
                .orElseThrow(() -> new NotFoundException("not-found.application"));
        model.addAttribute("app", app);
        model.addAttribute("participantsChangeable", app.status().withdrawable());
        model.addAttribute("waiting", applications.waiting(app).orElse(null));
        model.addAttribute("funding", claims.place(school.urn(), id));
        model.addAttribute(
                "nextSession", enrolments.nextSession(app.workGroupId()).orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "applications");
        return "enrolment/school-application";
    }

    private String form(long id, Nominations nominations, FormErrors errors, HubMember user, Model model) {
        Terms terms = open(id);
        Set<String> roles = new LinkedHashSet<>(terms.requiredRoles().names());
        roles.addAll(ROLES);
        SchoolSummary school = claimedSchool(user);
        Eligibility.Decision decision = eligibility.of(id, school.urn());
        model.addAttribute("group", terms);
        model.addAttribute("school", school);
        model.addAttribute("decision", decision);
        model.addAttribute(
                "alternatives", decision.eligible() ? List.of() : eligibility.alternatives(id, school.urn()));
        model.addAttribute("required", terms.requiredRoles());
        model.addAttribute("pending", user.schoolUrn() == null);
        model.addAttribute("rows", nominations.rows(terms.placesPerSchool(), terms.requiredRoles()));
        model.addAttribute("roles", roles);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "applications");
        return "enrolment/apply";
    }

    /** Checks each row: a row that is started must be whole; at least one row. The roles are the domain's to check. */
    private FormErrors validate(Terms terms, Nominations n, Locale locale) {
        List<String[]> problems = new ArrayList<>();
        int filled = 0;
        for (Row r : n.rows(terms.placesPerSchool(), terms.requiredRoles())) {
            if (r.blank()) {
                continue;
            }
            filled++;
            problems.addAll(problems(r, "-" + r.number(), locale));
        }
        if (filled == 0) {
            problems.add(new String[] {"name-1", messages.getMessage("enrolment.participants.none", null, locale)});
        }
        return problems.isEmpty() ? FormErrors.none() : FormErrors.of(problems);
    }

    /** What is wrong with one participant as typed, each beside its field (named with {@code suffix}). */
    private List<String[]> problems(Row r, String suffix, Locale locale) {
        List<String[]> problems = new ArrayList<>();
        Object[] n = {r.number()};
        if (r.name().isEmpty() || r.name().length() > 120) {
            problems.add(new String[] {"name" + suffix, messages.getMessage("apply.error.name", n, locale)});
        }
        if (!EMAIL.matcher(r.email()).matches() || r.email().length() > 254) {
            problems.add(new String[] {"email" + suffix, messages.getMessage("apply.error.email", n, locale)});
        }
        if (r.jobTitle().isEmpty() || r.jobTitle().length() > 120) {
            problems.add(new String[] {"jobTitle" + suffix, messages.getMessage("apply.error.jobTitle", n, locale)});
        }
        if (r.role().isEmpty() || r.role().length() > 60) {
            problems.add(new String[] {"role" + suffix, messages.getMessage("apply.error.role", n, locale)});
        }
        if (!r.trn().isEmpty() && !TRN.matcher(r.trn()).matches()) {
            problems.add(new String[] {"trn" + suffix, messages.getMessage("apply.error.trn", n, locale)});
        }
        return problems;
    }

    private static List<ParticipantInput> participants(Terms terms, Nominations nominations) {
        return nominations.rows(terms.placesPerSchool(), terms.requiredRoles()).stream()
                .filter(r -> !r.blank())
                .map(r -> new ParticipantInput(
                        r.name(), r.email(), r.jobTitle(), r.role(), r.trn().isEmpty() ? null : r.trn()))
                .toList();
    }

    private Terms open(long id) {
        Terms terms = workGroups.published(id).orElseThrow(() -> new NotFoundException("not-found.work-group"));
        if (!terms.acceptsApplications(LocalDate.now(clock))) {
            throw new NotFoundException("not-found.work-group-open-for-applications");
        }
        return terms;
    }

    /** The school the contact acts for, or has asked to act for: enough to fill in an application, not to submit it. */
    private SchoolSummary claimedSchool(HubMember user) {
        Integer urn = user.schoolUrn() != null ? user.schoolUrn() : user.pendingSchoolUrn();
        if (urn == null) {
            throw new NotFoundException("not-found.school");
        }
        return schools.find(urn).orElseThrow(() -> new NotFoundException("not-found.school"));
    }

    /** The school the contact is approved to act for. */
    private SchoolSummary school(HubMember user) {
        if (user.schoolUrn() == null) {
            throw new NotFoundException("not-found.school");
        }
        return schools.find(user.schoolUrn()).orElseThrow(() -> new NotFoundException("not-found.school"));
    }
}
