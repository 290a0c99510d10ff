package org.hubcycle.delivery.web;

import java.util.List;
import java.util.Map;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.catalogue.WorkGroupAccess;
import org.hubcycle.delivery.internal.Certificates;
import org.hubcycle.delivery.internal.Certificates.Certificate;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.web.PdfDocuments;
import org.hubcycle.shared.web.PdfDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A work group's certificates of participation in one PDF, for its hub and leads to print and hand out. */
@Controller
@PreAuthorize("hasAnyRole('HUB_LEAD', 'HUB_STAFF', 'WORK_GROUP_LEAD')")
class GroupCertificatesController {

    private final Certificates certificates;
    private final WorkGroupAccess access;
    private final PdfDocuments pdf;

    GroupCertificatesController(Certificates certificates, WorkGroupAccess access, PdfDocuments pdf) {
        this.certificates = certificates;
        this.access = access;
        this.pdf = pdf;
    }

    @GetMapping("/delivery/work-groups/{id}/certificates.pdf")
    ResponseEntity<byte[]> all(@PathVariable long id, Authentication user) {
        WorkGroupBrief group = access.require(id, user, false);
        List<Certificate> list = certificates.ofWorkGroup(id);
        if (list.isEmpty()) {
            throw new NotFoundException("not-found.certificate");
        }
        return PdfDownload.attachment(
                "certificates-" + group.year().slug() + "-" + id + ".pdf",
                pdf.render("delivery/certificate-pdf", Map.of("certificates", list)));
    }
}
