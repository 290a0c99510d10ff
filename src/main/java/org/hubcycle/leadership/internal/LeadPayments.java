package org.hubcycle.leadership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.leadership.domain.LeadAgreement;
import org.hubcycle.leadership.domain.LeadAgreementRepository;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying a hub's work group leads: for each lead and co-lead of the year's work groups, what the hub agreed
 * to pay them for leading it (days at a day rate, to whoever invoices the hub: usually their school) and
 * what it then paid. The lead is emailed the terms and the payment, and sees both on their own pages. A
 * lead added on the offer and a lead commissioned from a round are paid the same way.
 */
@Service
public class LeadPayments {

    /** Days a work group's lead can be agreed at most, and the most a day can be paid, in pounds. */
    public static final int MAX_DAYS = 60;

    public static final int MAX_DAY_RATE_POUNDS = 2000;

    /** The terms and payment of an agreement, as pages show them. */
    public record Terms(
            int halfDays,
            int dayRatePence,
            long totalPence,
            String payee,
            String note,
            Integer paidPence,
            LocalDate paidOn,
            String reference,
            int version) {

        static Terms of(LeadAgreement a) {
            return new Terms(
                    a.getHalfDays(),
                    a.getDayRatePence(),
                    a.totalPence(),
                    a.getPayee(),
                    a.getNote(),
                    a.getPaidPence(),
                    a.getPaidOn(),
                    a.getPaymentReference(),
                    a.getVersion());
        }

        /** The days as people write them: {@code 6} or {@code 6.5}. */
        public String days() {
            return halfDays % 2 == 0 ? String.valueOf(halfDays / 2) : (halfDays / 2) + ".5";
        }

        public String dayRate() {
            return Funding.pounds(dayRatePence);
        }

        public String total() {
            return Funding.pounds(totalPence);
        }

        public String paid() {
            return paidPence == null ? null : Funding.pounds(paidPence);
        }

        public boolean isPaid() {
            return paidOn != null;
        }
    }

    /**
     * One lead of one work group, with the hub's agreement with them if it has one; {@code former} for
     * someone who no longer leads it but has terms for it (replaced during the year, or the group cancelled).
     */
    public record Line(WorkGroupBrief group, PersonView lead, boolean coLead, boolean former, Terms terms) {

        public boolean agreed() {
            return terms != null;
        }
    }

    /** A year's leads and the totals agreed, paid and still to pay. */
    public record Year(AcademicYear year, List<Line> lines, long agreedPence, long paidPence, long withoutTerms) {

        public String agreed() {
            return Funding.pounds(agreedPence);
        }

        public String paid() {
            return Funding.pounds(paidPence);
        }

        /** What is agreed and not yet paid, leaving out what a payment settled for less. */
        public String toPay() {
            return Funding.pounds(lines.stream()
                    .filter(l -> l.agreed() && !l.terms().isPaid())
                    .mapToLong(l -> l.terms().totalPence())
                    .sum());
        }
    }

    private final LeadAgreementRepository agreements;
    private final HubOffers offers;
    private final People people;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadPayments(
            LeadAgreementRepository agreements,
            HubOffers offers,
            People people,
            Outbox outbox,
            ApplicationEventPublisher events,
            Clock clock) {
        this.agreements = agreements;
        this.offers = offers;
        this.people = people;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Every lead and co-lead of the hub's work groups of the year (cancelled groups left out), by group; then
     * anyone who no longer leads a group they have terms for, so nothing agreed or paid drops out of sight.
     */
    @Transactional(readOnly = true)
    public Year year(long hubId, AcademicYear year) {
        List<WorkGroupBrief> groups = offers.briefs(hubId, year).stream()
                .sorted(Comparator.comparing(WorkGroupBrief::name).thenComparing(WorkGroupBrief::id))
                .toList();
        Map<String, LeadAgreement> unmatched = agreements.findByHubIdAndAcademicYear(hubId, year.startYear()).stream()
                .collect(Collectors.toMap(LeadAgreement::place, Function.identity()));
        Map<Long, PersonView> leads = people.views(Stream.concat(
                        groups.stream()
                                .filter(g -> !g.cancelled())
                                .flatMap(g -> Stream.of(g.leadPersonId(), g.coLeadPersonId())),
                        unmatched.values().stream().map(LeadAgreement::getPersonId))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<Line> lines = new ArrayList<>();
        for (WorkGroupBrief g : groups) {
            if (!g.cancelled()) {
                addLine(lines, g, g.leadPersonId(), false, leads, unmatched);
                addLine(lines, g, g.coLeadPersonId(), true, leads, unmatched);
            }
        }
        Map<Long, WorkGroupBrief> byId = groups.stream().collect(Collectors.toMap(WorkGroupBrief::id, g -> g));
        unmatched.values().stream()
                .filter(a -> byId.containsKey(a.getWorkGroupId()) && leads.containsKey(a.getPersonId()))
                .sorted(Comparator.comparing(LeadAgreement::getWorkGroupId).thenComparing(LeadAgreement::getPersonId))
                .forEach(a -> lines.add(
                        new Line(byId.get(a.getWorkGroupId()), leads.get(a.getPersonId()), false, true, Terms.of(a))));
        return new Year(
                year,
                lines,
                lines.stream()
                        .filter(Line::agreed)
                        .mapToLong(l -> l.terms().totalPence())
                        .sum(),
                lines.stream()
                        .filter(l -> l.agreed() && l.terms().isPaid())
                        .mapToLong(l -> l.terms().paidPence())
                        .sum(),
                lines.stream().filter(l -> !l.agreed()).count());
    }

    /** Adds a current lead's line, taking their agreement (if any) out of those not yet matched. */
    private static void addLine(
            List<Line> lines,
            WorkGroupBrief group,
            Long personId,
            boolean coLead,
            Map<Long, PersonView> leads,
            Map<String, LeadAgreement> unmatched) {
        if (personId == null || !leads.containsKey(personId)) {
            return;
        }
        LeadAgreement a = unmatched.remove(LeadAgreement.place(group.id(), personId));
        lines.add(new Line(group, leads.get(personId), coLead, false, a == null ? null : Terms.of(a)));
    }

    /**
     * One lead of one of the hub's work groups, or someone who led it and has terms for it; not found for
     * another hub's group or anyone else.
     */
    @Transactional(readOnly = true)
    public Line line(long workGroupId, long personId) {
        WorkGroupBrief group = offers.brief(workGroupId).orElseThrow(() -> new NotFoundException("not-found.lead"));
        Optional<LeadAgreement> agreement = agreements.findByWorkGroupIdAndPersonId(workGroupId, personId);
        boolean leads = group.ledBy(personId) && !group.cancelled();
        if (!leads && agreement.isEmpty()) {
            throw new NotFoundException("not-found.lead");
        }
        PersonView lead = people.find(personId).orElseThrow(() -> new NotFoundException("not-found.lead"));
        return new Line(
                group,
                lead,
                leads && !Long.valueOf(personId).equals(group.leadPersonId()),
                !leads,
                agreement.map(Terms::of).orElse(null));
    }

    /**
     * The hub records (or changes) the terms agreed with the lead; {@code version} is the one its page showed
     * (null when it showed none). The lead is emailed them. Returns the line as it now stands.
     */
    @Transactional
    public Line agree(
            long workGroupId,
            long personId,
            Integer version,
            int halfDays,
            int dayRatePence,
            String payee,
            String note,
            String by) {
        Line line = line(workGroupId, personId);
        LeadAgreement agreement = agreements
                .findByWorkGroupIdAndPersonId(workGroupId, personId)
                .orElseGet(() ->
                        new LeadAgreement(line.group().hubId(), line.group().year(), workGroupId, personId));
        current(agreement.getId() == null ? null : agreement.getVersion(), version);
        agreement.agree(halfDays, dayRatePence, payee, note, clock.instant(), by);
        try {
            agreements.saveAndFlush(agreement);
        } catch (DataIntegrityViolationException race) {
            // Someone else recorded the first terms with this lead at the same moment.
            throw new Refused(null, "payments.changed");
        }
        Terms terms = Terms.of(agreement);
        events.publishEvent(Audited.of(
                        "leadership.lead-agreed",
                        line.group().hubId(),
                        line.lead().fullName(),
                        line.group().name(),
                        terms.days(),
                        terms.dayRate(),
                        terms.total())
                .by(by));
        tell(line, terms, "agreed");
        return line;
    }

    /** The hub records the payment it made (or corrects it); the lead is emailed it. Returns the line. */
    @Transactional
    public Line pay(
            long workGroupId, long personId, Integer version, int pence, LocalDate on, String reference, String by) {
        Line line = line(workGroupId, personId);
        LeadAgreement agreement = agreements
                .findByWorkGroupIdAndPersonId(workGroupId, personId)
                .orElseThrow(() -> new Refused(null, "payments.payment.noAgreement"));
        current(agreement.getVersion(), version);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new Refused("paidDay", "payments.payment.future");
        }
        agreement.pay(pence, on, reference, by);
        Terms terms = Terms.of(agreement);
        events.publishEvent(Audited.of(
                        "leadership.lead-paid",
                        line.group().hubId(),
                        line.lead().fullName(),
                        line.group().name(),
                        terms.paid(),
                        reference == null ? "" : reference)
                .by(by));
        tell(line, terms, "paid");
        return line;
    }

    /** The agreements of the groups a person leads, by work group id: for their own pages. */
    @Transactional(readOnly = true)
    public Map<Long, Terms> ofLead(long personId) {
        return agreements.findByPersonIdIn(List.of(personId)).stream()
                .collect(Collectors.toMap(LeadAgreement::getWorkGroupId, Terms::of));
    }

    private static void current(Integer stored, Integer seen) {
        if (!Objects.equals(stored, seen)) {
            throw new Refused(null, "payments.changed");
        }
    }

    private void tell(Line line, Terms terms, String what) {
        Optional.ofNullable(line.lead().email())
                .ifPresent(email -> outbox.queue(Email.of("leadership.lead-payment")
                        .to(email)
                        .hub(line.group().hubId())
                        .subject(line.group().name(), line.group().year().toString())
                        .with("what", what)
                        .with("name", line.lead().fullName())
                        .with("group", line.group().name())
                        .with("year", line.group().year().toString())
                        .with("days", terms.days())
                        .with("rate", terms.dayRate())
                        .with("total", terms.total())
                        .with("payee", terms.payee())
                        .with("paid", terms.paid())
                        .with("reference", terms.reference())
                        .with("link", "/leading/" + line.group().id())));
    }
}
