package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.delivery.domain.SchoolInvoice;
import org.hubcycle.delivery.domain.SchoolInvoice.Status;
import org.hubcycle.delivery.domain.SchoolInvoiceLine;
import org.hubcycle.delivery.domain.SchoolInvoiceLineRepository;
import org.hubcycle.delivery.domain.SchoolInvoiceRepository;
import org.hubcycle.delivery.internal.Charges.Charge;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoicing schools for their charges (ADR 0034). The hub lead raises an invoice for a school's charges in a
 * year that are neither waived nor on another invoice; it is numbered in the hub's sequence for the year,
 * keeps its lines as they were charged, is due 30 days later, and the school's contacts are emailed. The hub
 * then records its payment, or cancels it saying why, after which its charges can be invoiced again. The
 * school reads its own invoices.
 */
@Service
public class Invoices {

    /** Days a school has to pay. */
    static final int DAYS_TO_PAY = 30;

    /** A charge as an invoice keeps it. */
    public record Line(LocalDate date, String workGroup, int session, String who, String mark, int pence) {

        public String amount() {
            return Funding.pounds(pence);
        }
    }

    /** An invoice, with the hub that raised it and (when read one at a time) its lines. */
    public record Invoice(
            long id,
            String number,
            AcademicYear year,
            int urn,
            String school,
            String address,
            long totalPence,
            LocalDate raisedOn,
            LocalDate dueOn,
            String raisedBy,
            Status status,
            LocalDate paidOn,
            String reference,
            String cancelledReason,
            long version,
            String hub,
            String hubContact,
            List<Line> lines,
            boolean overdue) {

        public String amount() {
            return Funding.pounds(totalPence);
        }
    }

    /** A school's charges in a year from one hub: each with the number of the invoice it is on, if any. */
    public record SchoolCharges(
            int urn,
            String school,
            List<Charge> charges,
            Map<String, String> invoicedAs,
            List<Charge> toInvoice,
            List<Invoice> invoices) {

        public String numberOf(Charge charge) {
            return invoicedAs.get(charge.key());
        }

        public String toInvoiceAmount() {
            return Funding.pounds(toInvoice.stream().mapToLong(Charge::due).sum());
        }
    }

    /** A year's invoices with what they add up to. */
    public record Year(List<Invoice> invoices, long raisedPence, long paidPence, long outstandingPence) {

        public String raised() {
            return Funding.pounds(raisedPence);
        }

        public String paid() {
            return Funding.pounds(paidPence);
        }

        public String outstanding() {
            return Funding.pounds(outstandingPence);
        }
    }

    private static final Set<Status> STANDING = Set.of(Status.RAISED, Status.PAID);

    private final SchoolInvoiceRepository invoices;
    private final SchoolInvoiceLineRepository lines;
    private final Charges charges;
    private final Schools schools;
    private final Hubs hubs;
    private final Enrolments enrolments;
    private final Outbox outbox;
    private final Dates dates;
    private final SystemWork system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invoices(
            SchoolInvoiceRepository invoices,
            SchoolInvoiceLineRepository lines,
            Charges charges,
            Schools schools,
            Hubs hubs,
            Enrolments enrolments,
            Outbox outbox,
            Dates dates,
            SystemWork system,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invoices = invoices;
        this.lines = lines;
        this.charges = charges;
        this.schools = schools;
        this.hubs = hubs;
        this.enrolments = enrolments;
        this.outbox = outbox;
        this.dates = dates;
        this.system = system;
        this.events = events;
        this.clock = clock;
    }

    /** A school's charges from the hub in a year, which of them are invoiced, and its invoices. */
    @Transactional(readOnly = true)
    public SchoolCharges school(long hubId, AcademicYear year, int urn) {
        return school(hubId, year, urn, charges.year(hubId, year));
    }

    private SchoolCharges school(long hubId, AcademicYear year, int urn, Charges.Year ofHub) {
        List<Charge> charged =
                ofHub.charges().stream().filter(c -> c.urn() == urn).toList();
        List<SchoolInvoice> ofSchool =
                invoices.findByHubIdAndSchoolUrnAndAcademicYearOrderBySequenceNumberDesc(hubId, urn, year.startYear());
        if (charged.isEmpty() && ofSchool.isEmpty()) {
            throw new NotFoundException("not-found.charge");
        }
        Map<String, String> invoicedAs = invoicedAs(ofSchool);
        List<Charge> toInvoice = charged.stream()
                .filter(c -> !c.isWaived() && !invoicedAs.containsKey(c.key()))
                .toList();
        String school = charged.isEmpty()
                ? ofSchool.get(0).getSchoolName()
                : charged.get(0).school();
        return new SchoolCharges(urn, school, charged, invoicedAs, toInvoice, views(ofSchool, Map.of()));
    }

    /**
     * Raises an invoice for the school's charges in the year that are neither waived nor invoiced, and emails
     * the school's contacts. Refused when there are none. Two raised at the same moment cannot share a number:
     * the later is refused, and sees the first when it looks again.
     */
    @Transactional
    public Invoice raise(long hubId, AcademicYear year, int urn, String by) {
        SchoolCharges school = school(hubId, year, urn, charges.current(hubId, year));
        if (school.toInvoice().isEmpty()) {
            throw new Refused(null, "invoices.nothing", school.school());
        }
        LocalDate today = LocalDate.now(clock);
        long total = school.toInvoice().stream().mapToLong(Charge::due).sum();
        int number = invoices.lastNumber(hubId, year.startYear()) + 1;
        SchoolInvoice invoice = invoices.saveAndFlush(new SchoolInvoice(
                hubId,
                year,
                number,
                urn,
                school.school(),
                schools.postalAddress(urn).orElse(null),
                total,
                today,
                today.plusDays(DAYS_TO_PAY),
                by));
        lines.saveAll(school.toInvoice().stream()
                .map(c -> new SchoolInvoiceLine(
                        hubId,
                        invoice.getId(),
                        c.sessionId(),
                        c.participantId(),
                        c.date(),
                        c.workGroup(),
                        c.session(),
                        c.who(),
                        c.mark().label(),
                        c.pence()))
                .toList());
        String hub = hubs.findById(hubId).map(HubSummary::name).orElse("");
        for (String contact : enrolments.contactsOf(hubId, urn, year)) {
            outbox.queue(Email.of("delivery.invoice-raised")
                    .to(contact)
                    .hub(hubId)
                    .subject(hub, invoice.number())
                    .with("number", invoice.number())
                    .with("school", school.school())
                    .with("total", Funding.pounds(total))
                    .with("due", dates.date(invoice.getDueOn()))
                    .with("link", "/charges/invoices/" + invoice.getId()));
        }
        events.publishEvent(
                Audited.of("delivery.invoice-raised", hubId, school.school(), invoice.number(), Funding.pounds(total)));
        return one(invoice.getId());
    }

    /** The hub records that the school paid the invoice, on a day not in the future, with the payment's reference. */
    @Transactional
    public Invoice paid(long id, Long version, LocalDate on, String reference) {
        SchoolInvoice invoice = standing(id, version);
        if (invoice.getStatus() == Status.PAID) {
            throw new Refused(null, "invoices.paid.already", invoice.number());
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new Refused("paidDay", "invoices.paid.future");
        }
        if (on.isBefore(invoice.getRaisedOn())) {
            throw new Refused("paidDay", "invoices.paid.beforeRaised", dates.date(invoice.getRaisedOn()));
        }
        invoice.paid(on, reference);
        events.publishEvent(Audited.of(
                "delivery.invoice-paid",
                invoice.getHubId(),
                invoice.getSchoolName(),
                invoice.number(),
                Funding.pounds(invoice.getTotalPence()),
                dates.date(on)));
        return one(id);
    }

    /** The hub cancels an invoice raised in error, saying why; its charges can then be waived or invoiced again. */
    @Transactional
    public Invoice cancel(long id, Long version, String reason) {
        SchoolInvoice invoice = standing(id, version);
        if (invoice.getStatus() == Status.PAID) {
            throw new Refused("reason", "invoices.cancel.paid", invoice.number());
        }
        invoice.cancel(reason);
        String hub = hubs.findById(invoice.getHubId()).map(HubSummary::name).orElse("");
        for (String contact : enrolments.contactsOf(invoice.getHubId(), invoice.getSchoolUrn(), invoice.getYear())) {
            outbox.queue(Email.of("delivery.invoice-cancelled")
                    .to(contact)
                    .hub(invoice.getHubId())
                    .subject(hub, invoice.number())
                    .with("number", invoice.number())
                    .with("reason", reason));
        }
        events.publishEvent(Audited.of(
                "delivery.invoice-cancelled", invoice.getHubId(), invoice.getSchoolName(), invoice.number(), reason));
        return one(id);
    }

    /**
     * Every morning, reminds the contacts of each school whose invoice is past its due date and not recorded as
     * paid, once. Runs under a database lock, so with two application nodes only one sends; each invoice is
     * marked reminded in the same transaction as its emails.
     */
    @Scheduled(cron = "${hubcycle.invoice-reminders.cron:0 30 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "invoice-reminders", lockAtLeastFor = "PT1M")
    public void remindOverdue() {
        LocalDate today = LocalDate.now(clock);
        system.run(() -> {
            List<SchoolInvoice> overdue = invoices.findByStatusAndDueOnBeforeAndRemindedOnIsNull(Status.RAISED, today);
            Map<Long, String> hubNames = hubs.namesById(
                    overdue.stream().map(SchoolInvoice::getHubId).distinct().toList());
            for (SchoolInvoice invoice : overdue) {
                for (String contact :
                        enrolments.contactsOf(invoice.getHubId(), invoice.getSchoolUrn(), invoice.getYear())) {
                    outbox.queue(Email.of("delivery.invoice-overdue")
                            .to(contact)
                            .hub(invoice.getHubId())
                            .subject(hubNames.getOrDefault(invoice.getHubId(), ""), invoice.number())
                            .with("number", invoice.number())
                            .with("school", invoice.getSchoolName())
                            .with("total", Funding.pounds(invoice.getTotalPence()))
                            .with("due", dates.date(invoice.getDueOn()))
                            .with("link", "/charges/invoices/" + invoice.getId()));
                }
                invoice.reminded(today);
            }
        });
    }

    /** The hub's invoices of a year, the latest first, with totals raised, paid and outstanding (cancelled ones left out). */
    @Transactional(readOnly = true)
    public Year year(long hubId, AcademicYear year) {
        List<Invoice> all =
                views(invoices.findByHubIdAndAcademicYearOrderBySequenceNumberDesc(hubId, year.startYear()), Map.of());
        long raised = all.stream()
                .filter(i -> i.status() != Status.CANCELLED)
                .mapToLong(Invoice::totalPence)
                .sum();
        long paid = all.stream()
                .filter(i -> i.status() == Status.PAID)
                .mapToLong(Invoice::totalPence)
                .sum();
        return new Year(all, raised, paid, raised - paid);
    }

    /** One of the scope's invoices, with its lines; another hub's is not found. */
    @Transactional(readOnly = true)
    public Invoice one(long id) {
        SchoolInvoice invoice = invoices.findById(id).orElseThrow(() -> new NotFoundException("not-found.invoice"));
        return withLines(invoice);
    }

    /** A school's invoices in a year from every hub, for the school; none of another school's. */
    public List<Invoice> forSchool(int urn, AcademicYear year) {
        return system.inTransaction(() -> views(
                invoices.findBySchoolUrnAndAcademicYearOrderByRaisedOnDescIdDesc(urn, year.startYear()), Map.of()));
    }

    /** One of the school's invoices, with its lines; another school's is not found. */
    public Invoice forSchool(int urn, long id) {
        return system.inTransaction(() -> invoices.findById(id)
                .filter(i -> i.getSchoolUrn() == urn)
                .map(this::withLines)
                .orElseThrow(() -> new NotFoundException("not-found.invoice")));
    }

    /** The number of the standing invoice each of the hub's charges in the year is on, by charge. */
    @Transactional(readOnly = true)
    public Map<String, String> invoicedAs(long hubId, AcademicYear year) {
        return invoicedAs(invoices.findByHubIdAndAcademicYearOrderBySequenceNumberDesc(hubId, year.startYear()));
    }

    private Map<String, String> invoicedAs(Collection<SchoolInvoice> list) {
        Map<Long, SchoolInvoice> standing = list.stream()
                .filter(i -> STANDING.contains(i.getStatus()))
                .collect(Collectors.toMap(SchoolInvoice::getId, Function.identity()));
        Map<String, String> keys = new HashMap<>();
        if (!standing.isEmpty()) {
            lines.findByInvoiceIdInOrderBySessionDateAscWorkGroupAscIdAsc(standing.keySet())
                    .forEach(line -> {
                        SchoolInvoice invoice = standing.get(line.getInvoiceId());
                        keys.put(
                                line.getSessionId() + "/" + invoice.getSchoolUrn() + "/" + line.getParticipantId(),
                                invoice.number());
                    });
        }
        return keys;
    }

    private SchoolInvoice standing(long id, Long version) {
        SchoolInvoice invoice = invoices.findById(id).orElseThrow(() -> new NotFoundException("not-found.invoice"));
        Refused.unlessStill(version, invoice.getVersion(), "invoices.changed");
        if (invoice.getStatus() == Status.CANCELLED) {
            throw new Refused(null, "invoices.cancelled.already", invoice.number());
        }
        return invoice;
    }

    private Invoice withLines(SchoolInvoice invoice) {
        List<Line> found =
                lines.findByInvoiceIdInOrderBySessionDateAscWorkGroupAscIdAsc(List.of(invoice.getId())).stream()
                        .map(l -> new Line(
                                l.getSessionDate(),
                                l.getWorkGroup(),
                                l.getSessionNumber(),
                                l.getWho(),
                                l.getMark(),
                                l.getPence()))
                        .toList();
        return views(List.of(invoice), Map.of(invoice.getId(), found)).get(0);
    }

    private List<Invoice> views(List<SchoolInvoice> list, Map<Long, List<Line>> linesById) {
        Map<Long, String> hubNames = hubs.namesById(
                list.stream().map(SchoolInvoice::getHubId).distinct().toList());
        Map<Long, String> contacts = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        return list.stream()
                .map(i -> new Invoice(
                        i.getId(),
                        i.number(),
                        i.getYear(),
                        i.getSchoolUrn(),
                        i.getSchoolName(),
                        i.getSchoolAddress(),
                        i.getTotalPence(),
                        i.getRaisedOn(),
                        i.getDueOn(),
                        i.getRaisedBy(),
                        i.getStatus(),
                        i.getPaidOn(),
                        i.getPaymentReference(),
                        i.getCancelledReason(),
                        i.getVersion(),
                        hubNames.getOrDefault(i.getHubId(), ""),
                        contacts.computeIfAbsent(
                                i.getHubId(), h -> hubs.contactEmail(h).orElse("")),
                        linesById.getOrDefault(i.getId(), List.of()),
                        i.getStatus() == Status.RAISED && i.getDueOn().isBefore(today)))
                .toList();
    }
}
