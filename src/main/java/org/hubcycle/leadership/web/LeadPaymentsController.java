package org.hubcycle.leadership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.hubcycle.leadership.internal.LeadPayments;
import org.hubcycle.leadership.internal.LeadPayments.Line;
import org.hubcycle.leadership.internal.LeadPayments.Terms;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubMember;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.web.Attempt;
import org.hubcycle.shared.web.CsvDownload;
import org.hubcycle.shared.web.FormErrors;
import org.hubcycle.shared.web.FormValues;
import org.hubcycle.shared.web.GovukDate;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
 * Paying the hub's work group leads: the year's leads with what the hub agreed and paid each (and a CSV for
 * the finance office), and a page per lead of a group where the hub lead records the terms and then the
 * payment. Hub staff read them. Another hub's group, or someone who does not lead it, is not found.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF')")
class LeadPaymentsController {

    /** What the hub types: the terms (days, rate, payee, note) or the payment (amount, day, reference). */
    record PaymentForm(
            String days,
            String rate,

            @Size(max = 200, message = "{payments.payee.size}")
            String payee,

            @Size(max = 1000, message = "{payments.note.size}")
            String note,

            String amount,
            String paidDay,
            String paidMonth,
            String paidYear,

            @Size(max = 100, message = "{payments.reference.size}")
            String reference,

            String version) {

        /** As typed, or (for a form not sent) as the agreement stands, or what a new one starts from. */
        static PaymentForm of(Line line, PaymentForm typed, LocalDate today) {
            Terms t = line.terms();
            boolean terms = typed != null && typed.days() != null;
            boolean payment = typed != null && typed.amount() != null;
            GovukDate paid = payment
                    ? new GovukDate(typed.paidDay(), typed.paidMonth(), typed.paidYear())
                    : GovukDate.of(t != null && t.paidOn() != null ? t.paidOn() : today);
            return new PaymentForm(
                    terms ? typed.days() : t == null ? "" : t.days(),
                    terms ? typed.rate() : t == null ? "" : FormValues.pounds(t.dayRatePence()),
                    terms ? typed.payee() : t != null ? t.payee() : defaultPayee(line),
                    terms ? typed.note() : t == null ? "" : t.note(),
                    payment
                            ? typed.amount()
                            : t == null ? "" : FormValues.pounds((int) (t.isPaid() ? t.paidPence() : t.totalPence())),
                    paid.day(),
                    paid.month(),
                    paid.year(),
                    payment ? typed.reference() : t == null ? "" : t.reference(),
                    t == null ? "" : String.valueOf(t.version()));
        }

        private static String defaultPayee(Line line) {
            return line.lead().schoolName() == null ? "" : line.lead().schoolName();
        }
    }

    private final LeadPayments payments;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    LeadPaymentsController(LeadPayments payments, MessageSource messages, Dates dates, Clock clock) {
        this.payments = payments;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/llmes/payments")
    String thisYear() {
        return "redirect:/llmes/payments/"
                + AcademicYear.containing(LocalDate.now(clock)).slug();
    }

    @GetMapping("/llmes/payments/{year}")
    String year(@PathVariable AcademicYear year, @AuthenticationPrincipal HubMember user, Model model) {
        model.addAttribute("payments", payments.year(user.hubId(), year));
        model.addAttribute("previous", year.hasNeighbours() ? year.previous() : null);
        model.addAttribute("next", year.hasNeighbours() ? year.next() : null);
        model.addAttribute("section", "llmes");
        return "leadership/payments";
    }

    @GetMapping("/llmes/payments/{year}.csv")
    ResponseEntity<String> csv(@PathVariable AcademicYear year, @AuthenticationPrincipal HubMember user) {
        return CsvDownload.of(
                "lead-payments-" + year.slug() + ".csv",
                List.of(
                        "Work group",
                        "Lead",
                        "Email",
                        "Lead or co-lead",
                        "Days",
                        "Day rate (£)",
                        "Agreed (£)",
                        "Paid to",
                        "Paid (£)",
                        "Paid on",
                        "Payment reference"),
                payments.year(user.hubId(), year).lines().stream()
                        .map(l -> {
                            Terms t = l.terms();
                            return Arrays.<Object>asList(
                                    l.group().name(),
                                    l.lead().fullName(),
                                    l.lead().email(),
                                    l.coLead() ? "Co-lead" : "Lead",
                                    t == null ? null : new BigDecimal(t.days()),
                                    t == null ? null : BigDecimal.valueOf(t.dayRatePence(), 2),
                                    t == null ? null : BigDecimal.valueOf(t.totalPence(), 2),
                                    t == null ? null : t.payee(),
                                    t == null || !t.isPaid() ? null : BigDecimal.valueOf(t.paidPence(), 2),
                                    t == null || !t.isPaid() ? null : dates.date(t.paidOn()),
                                    t == null ? null : t.reference());
                        })
                        .toList());
    }

    @GetMapping("/llmes/payments/work-groups/{group}/leads/{person}")
    String lead(@PathVariable long group, @PathVariable long person, Model model) {
        return page(payments.line(group, person), null, FormErrors.none(), model);
    }

    @PostMapping("/llmes/payments/work-groups/{group}/leads/{person}/terms")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String agree(
            @PathVariable long group,
            @PathVariable long person,
            @Valid @ModelAttribute("form") PaymentForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Integer halfDays = halfDays(form.days(), result);
        Integer rate = rate(form.rate(), result);
        String payee = FormValues.blankToNull(form.payee());
        if (payee == null) {
            result.rejectValue("payee", "payments.payee.required");
        }
        return attempt(
                group,
                person,
                form,
                result,
                () -> payments.agree(
                        group,
                        person,
                        version(form.version()),
                        halfDays,
                        rate,
                        payee,
                        FormValues.blankToNull(form.note()),
                        user.getName()),
                "payments.agreed",
                locale,
                model,
                redirect);
    }

    @PostMapping("/llmes/payments/work-groups/{group}/leads/{person}/payment")
    @PreAuthorize("hasRole('HUB_LEAD')")
    String pay(
            @PathVariable long group,
            @PathVariable long person,
            @Valid @ModelAttribute("form") PaymentForm form,
            BindingResult result,
            Authentication user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Integer pence = FormValues.blank(form.amount())
                ? reject(result, "amount", "payments.amount.required")
                : FormValues.pence(
                        form.amount(), 1_000_000, "amount", "payments.amount.invalid", new Object[0], result);
        LocalDate on = FormValues.date(
                new GovukDate(form.paidDay(), form.paidMonth(), form.paidYear()),
                "paidDay",
                true,
                "payments.paidOn",
                result);
        return attempt(
                group,
                person,
                form,
                result,
                () -> payments.pay(
                        group,
                        person,
                        version(form.version()),
                        pence,
                        on,
                        FormValues.blankToNull(form.reference()),
                        user.getName()),
                "payments.paid",
                locale,
                model,
                redirect);
    }

    /** Makes the change once the form is whole; otherwise, or when it is refused, the lead's page again with why. */
    private String attempt(
            long group,
            long person,
            PaymentForm form,
            BindingResult result,
            Supplier<Line> change,
            String confirmation,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(payments.line(group, person), form, FormErrors.of(result, messages, locale), model);
        }
        AtomicReference<Line> changed = new AtomicReference<>();
        Optional<Refused> refused = Attempt.of(() -> changed.set(change.get()));
        if (refused.isPresent()) {
            return page(payments.line(group, person), form, FormErrors.of(refused.get(), messages, locale), model);
        }
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        confirmation,
                        new Object[] {
                            changed.get().lead().fullName(),
                            changed.get().group().name()
                        },
                        locale));
        return "redirect:/llmes/payments/work-groups/" + group + "/leads/" + person;
    }

    private String page(Line line, PaymentForm typed, FormErrors errors, Model model) {
        model.addAttribute("line", line);
        model.addAttribute("form", PaymentForm.of(line, typed, LocalDate.now(clock)));
        model.addAttribute("errors", errors);
        model.addAttribute("section", "llmes");
        return "leadership/payment";
    }

    /** Days typed as a whole number or a half ({@code 6}, {@code 6.5}), from half a day to the most a lead is agreed. */
    private static Integer halfDays(String typed, BindingResult result) {
        if (FormValues.blank(typed)) {
            return reject(result, "days", "payments.days.required");
        }
        try {
            BigDecimal halves = new BigDecimal(typed.strip()).multiply(BigDecimal.valueOf(2));
            int value = halves.intValueExact();
            if (value < 1 || value > LeadPayments.MAX_DAYS * 2) {
                throw new ArithmeticException();
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            result.rejectValue("days", "payments.days.invalid", new Object[] {LeadPayments.MAX_DAYS}, null);
            return null;
        }
    }

    /** A day rate in pounds, more than nothing and at most the most a day can be paid. */
    private static Integer rate(String typed, BindingResult result) {
        if (FormValues.blank(typed)) {
            return reject(result, "rate", "payments.rate.required");
        }
        Object[] most = {LeadPayments.MAX_DAY_RATE_POUNDS};
        Integer pence = FormValues.pence(
                typed, LeadPayments.MAX_DAY_RATE_POUNDS, "rate", "payments.rate.invalid", most, result);
        if (pence != null && pence == 0) {
            result.rejectValue("rate", "payments.rate.invalid", most, null);
            return null;
        }
        return pence;
    }

    private static Integer reject(BindingResult result, String field, String code) {
        result.rejectValue(field, code);
        return null;
    }

    private static Integer version(String hidden) {
        Long version = FormValues.version(hidden);
        return version == null ? null : version.intValue();
    }
}
