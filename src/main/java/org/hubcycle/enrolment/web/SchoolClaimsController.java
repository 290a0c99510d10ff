package org.hubcycle.enrolment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hubcycle.enrolment.internal.Applications;
import org.hubcycle.enrolment.internal.FundingClaims;
import org.hubcycle.enrolment.internal.FundingClaims.ClaimView;
import org.hubcycle.enrolment.internal.FundingClaims.Line;
import org.hubcycle.enrolment.internal.FundingClaims.Place;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school contact claims the funding its place entitles it to (ADR 0027): one entitlement at a time, up to
 * what is left of it; then follows the claim, changes it when the hub returns it, or withdraws it before
 * the hub approves it. Only their own school's places.
 */
@Controller
@PreAuthorize("hasRole('SCHOOL_CONTACT')")
class SchoolClaimsController {

    /** Most pounds one claim may ask for: more than any entitlement a project may set. */
    static final long MOST_POUNDS = 1_000_000;

    record ClaimForm(
            String entitlement,
            String amount,

            @NotBlank(message = "{claim.details.required}") @Size(max = 2000, message = "{claim.details.size}")
            String details,

            String version) {

        static ClaimForm blank() {
            return new ClaimForm(null, "", "", null);
        }

        static ClaimForm of(ClaimView claim) {
            return new ClaimForm(
                    claim.entitlement(),
                    FormValues.pounds(claim.claimedPence()),
                    claim.details(),
                    String.valueOf(claim.version()));
        }
    }

    private final FundingClaims claims;
    private final Applications applications;
    private final MessageSource messages;

    SchoolClaimsController(FundingClaims claims, Applications applications, MessageSource messages) {
        this.claims = claims;
        this.applications = applications;
        this.messages = messages;
    }

    @GetMapping("/applications/{id}/claims/new")
    String newClaim(@PathVariable long id, @AuthenticationPrincipal HubMember user, Model model) {
        Place place = claims.place(urn(user), id);
        if (!place.claimable()) {
            return "redirect:/applications/" + id + "#funding";
        }
        return form(id, place, null, ClaimForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/applications/{id}/claims/new")
    String claim(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ClaimForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Authentication who,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Place place = claims.place(urn(user), id);
        if (form.entitlement() == null || place.line(form.entitlement()).isEmpty()) {
            result.rejectValue("entitlement", "claim.entitlement.choose");
        }
        Integer pence = amount(form, result);
        if (result.hasErrors()) {
            return form(id, place, null, form, FormErrors.of(result, messages, locale), user, model);
        }
        Optional<Refused> refused = Attempt.of(() -> claims.claim(
                urn(user), id, form.entitlement(), pence, form.details().strip(), who.getName()));
        if (refused.isPresent()) {
            return again(id, null, form, FormErrors.of(refused.get(), messages, locale), user, model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage("claim.sent", new Object[] {form.entitlement(), FormValues.pounds(pence)}, locale));
        return "redirect:/applications/" + id + "#funding";
    }

    /** A claim as the school sent it and where it stands; a returned one can be changed here. */
    @GetMapping("/applications/{id}/claims/{claimId}")
    String claim(
            @PathVariable long id, @PathVariable long claimId, @AuthenticationPrincipal HubMember user, Model model) {
        ClaimView claim = claims.claim(urn(user), id, claimId);
        return form(id, claims.place(urn(user), id), claim, ClaimForm.of(claim), FormErrors.none(), user, model);
    }

    @PostMapping("/applications/{id}/claims/{claimId}")
    String resubmit(
            @PathVariable long id,
            @PathVariable long claimId,
            @Valid @ModelAttribute("form") ClaimForm form,
            BindingResult result,
            @AuthenticationPrincipal HubMember user,
            Authentication who,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ClaimView claim = claims.claim(urn(user), id, claimId);
        ClaimForm typed = new ClaimForm(claim.entitlement(), form.amount(), form.details(), form.version());
        Integer pence = amount(typed, result);
        if (result.hasErrors()) {
            return again(id, claimId, typed, FormErrors.of(result, messages, locale), user, model);
        }
        Optional<Refused> refused = Attempt.of(() -> claims.resubmit(
                urn(user),
                id,
                claimId,
                version(form.version()),
                pence,
                typed.details().strip(),
                who.getName()));
        if (refused.isPresent()) {
            return again(id, claimId, typed, FormErrors.of(refused.get(), messages, locale), user, model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        "claim.sent", new Object[] {claim.entitlement(), FormValues.pounds(pence)}, locale));
        return "redirect:/applications/" + id + "#funding";
    }

    @PostMapping("/applications/{id}/claims/{claimId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long claimId,
            @RequestParam(required = false) String version,
            @AuthenticationPrincipal HubMember user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ClaimView claim = claims.claim(urn(user), id, claimId);
        Optional<Refused> refused = Attempt.of(() -> claims.withdraw(urn(user), id, claimId, version(version)));
        if (refused.isPresent()) {
            return again(id, claimId, null, FormErrors.of(refused.get(), messages, locale), user, model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage("claim.withdrawn", new Object[] {claim.entitlement(), claim.claimed()}, locale));
        return "redirect:/applications/" + id + "#funding";
    }

    private static Integer amount(ClaimForm form, BindingResult result) {
        if (FormValues.blank(form.amount())) {
            result.rejectValue("amount", "claim.amount.required");
            return null;
        }
        Integer pence = FormValues.pence(form.amount(), MOST_POUNDS, "amount", "claim.amount.invalid", null, result);
        if (pence != null && pence == 0) {
            result.rejectValue("amount", "claim.amount.invalid");
            return null;
        }
        return pence;
    }

    /** The form again, with the place and the claim as they are now (someone may have changed them); {@code typed} null shows the claim's own. */
    private String again(long id, Long claimId, ClaimForm typed, FormErrors errors, HubMember user, Model model) {
        ClaimView now = claimId == null ? null : claims.claim(urn(user), id, claimId);
        return form(
                id, claims.place(urn(user), id), now, typed != null ? typed : ClaimForm.of(now), errors, user, model);
    }

    private String form(
            long id, Place place, ClaimView claim, ClaimForm form, FormErrors errors, HubMember user, Model model) {
        Map<String, String> open = new LinkedHashMap<>();
        for (Line line : place.lines()) {
            if (line.leftPence() > 0) {
                open.put(
                        line.entitlement().name(),
                        messages.getMessage(
                                "claim.entitlement.option",
                                new Object[] {line.entitlement().line(), line.left()},
                                Locale.UK));
            }
        }
        model.addAttribute(
                "app",
                applications
                        .forSchool(urn(user), id)
                        .orElseThrow(() -> new NotFoundException("not-found.application")));
        model.addAttribute("place", place);
        model.addAttribute("claim", claim);
        model.addAttribute("entitlements", open);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("section", "applications");
        return claim == null ? "enrolment/claim-new" : "enrolment/school-claim";
    }

    private static Integer version(String hidden) {
        Long version = FormValues.version(hidden);
        return version == null ? null : version.intValue();
    }

    private static int urn(HubMember user) {
        if (user.schoolUrn() == null) {
            throw new NotFoundException("not-found.school");
        }
        return user.schoolUrn();
    }
}
