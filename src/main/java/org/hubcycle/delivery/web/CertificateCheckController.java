package org.hubcycle.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.hubcycle.delivery.internal.Certificates;
import org.hubcycle.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Anyone shown a certificate of participation (a school, an employer) checks it with the code printed on it,
 * without signing in: what it certifies as the hub's records stand now, or that it no longer stands. Only the
 * holder of a code learns anything, and only of that certificate.
 */
@Controller
class CertificateCheckController {

    private final Certificates certificates;
    private final MessageSource messages;

    CertificateCheckController(Certificates certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
    }

    @GetMapping("/certificates")
    String form(@RequestParam(required = false) String code, Locale locale, Model model) {
        if (code == null) {
            return page("", FormErrors.none(), model);
        }
        Optional<String> printed = Certificates.printed(code);
        if (printed.isEmpty()) {
            return page(
                    code, FormErrors.of("code", messages.getMessage("certificate.check.format", null, locale)), model);
        }
        return "redirect:/certificates/" + printed.get();
    }

    @GetMapping("/certificates/{code}")
    String check(@PathVariable String code, Locale locale, Model model, HttpServletResponse response) {
        Optional<Certificates.Checked> checked = certificates.check(code);
        if (checked.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return page(
                    code,
                    FormErrors.of(
                            "code", messages.getMessage("certificate.check.unknown", new Object[] {code}, locale)),
                    model);
        }
        model.addAttribute("checked", checked.get());
        return page(checked.get().certificate().code(), FormErrors.none(), model);
    }

    private String page(String code, FormErrors errors, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        return "delivery/certificate-check";
    }
}
