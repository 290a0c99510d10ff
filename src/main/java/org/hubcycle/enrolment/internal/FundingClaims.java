package org.hubcycle.enrolment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.Funding.Entitlement;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.domain.ClaimStatus;
import org.hubcycle.enrolment.domain.ClaimTotal;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.FundingClaim;
import org.hubcycle.enrolment.domain.FundingClaimRepository;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding claims (ADR 0027): a school claims what its place's funding entitles it to, each entitlement a
 * ceiling that its live claims may not pass; the hub approves (in full or for less), returns or pays them.
 * A school's side runs as the system, checked against the school's URN; the hub's side is hub-scoped.
 */
@Service
public class FundingClaims {

    /** A claim as pages show it. */
    public record ClaimView(
            long id,
            long enrolmentId,
            long hubId,
            int urn,
            String school,
            String workGroup,
            AcademicYear year,
            String entitlement,
            int claimedPence,
            String details,
            ClaimStatus status,
            Integer approvedPence,
            String note,
            Instant submittedAt,
            String submittedBy,
            Instant decidedAt,
            String decidedBy,
            LocalDate paidOn,
            String paymentReference,
            int version) {

        public String claimed() {
            return Funding.pounds(claimedPence);
        }

        /** The amount approved, or "" before a decision. */
        public String approved() {
            return approvedPence == null ? "" : Funding.pounds(approvedPence);
        }
    }

    /** One entitlement of a place: its ceiling, what live claims take of it, and what has been paid. */
    public record Line(Entitlement entitlement, long takenPence, long paidPence) {

        public long leftPence() {
            return Math.max(0, entitlement.pence() - takenPence);
        }

        public String left() {
            return Funding.pounds(leftPence());
        }

        public String taken() {
            return Funding.pounds(takenPence);
        }

        public String paid() {
            return Funding.pounds(paidPence);
        }
    }

    /** A place's funding: its entitlements, its claims, and whether the school may claim more now. */
    public record Place(long enrolmentId, EnrolmentStatus status, List<Line> lines, List<ClaimView> claims) {

        public boolean claimable() {
            return status.holdsPlace() && lines.stream().anyMatch(l -> l.leftPence() > 0);
        }

        /** The project funds its places, or claims were made when it did. */
        public boolean funded() {
            return !lines.isEmpty() || !claims.isEmpty();
        }

        public Optional<Line> line(String entitlement) {
            return lines.stream()
                    .filter(l -> l.entitlement().name().equals(entitlement))
                    .findFirst();
        }
    }

    /** A claim with its place, for the hub's page of it. */
    public record Decision(ClaimView claim, Place place) {}

    /** A hub's claims of a year: the totals of each status. */
    public record Totals(Map<ClaimStatus, ClaimTotal> byStatus) {

        public long count(ClaimStatus status) {
            return total(status).count();
        }

        /** The pounds of the claims of a status: asked for while they wait or are returned, approved once decided. */
        public String amount(ClaimStatus status) {
            ClaimTotal t = total(status);
            return Funding.pounds(
                    status == ClaimStatus.SUBMITTED || status == ClaimStatus.RETURNED
                            ? t.claimedPence()
                            : t.approvedPence());
        }

        private ClaimTotal total(ClaimStatus status) {
            return byStatus.getOrDefault(status, new ClaimTotal(0, status, 0, 0, 0));
        }

        static Totals of(Collection<ClaimTotal> rows) {
            Map<ClaimStatus, ClaimTotal> byStatus = new EnumMap<>(ClaimStatus.class);
            rows.forEach(t -> byStatus.merge(
                    t.status(),
                    t,
                    (a, b) -> new ClaimTotal(
                            0,
                            a.status(),
                            a.count() + b.count(),
                            a.claimedPence() + b.claimedPence(),
                            a.approvedPence() + b.approvedPence())));
            return new Totals(byStatus);
        }
    }

    /** One hub's totals of a year, for the national centre. */
    public record HubTotals(String hub, Totals totals) {}

    /** Every hub's totals of a year, by name, with England's. */
    public record National(List<HubTotals> hubs, Totals england) {}

    private final FundingClaimRepository claims;
    private final EnrolmentRepository enrolments;
    private final WorkGroupTerms workGroups;
    private final Schools schools;
    private final Hubs hubs;
    private final SystemWork system;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundingClaims(
            FundingClaimRepository claims,
            EnrolmentRepository enrolments,
            WorkGroupTerms workGroups,
            Schools schools,
            Hubs hubs,
            SystemWork system,
            Outbox outbox,
            ApplicationEventPublisher events,
            Clock clock) {
        this.claims = claims;
        this.enrolments = enrolments;
        this.workGroups = workGroups;
        this.schools = schools;
        this.hubs = hubs;
        this.system = system;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    // The school's side

    /** The funding of one of a school's places; not found for another school's. */
    public Place place(int urn, long enrolmentId) {
        return system.inTransaction(() -> place(own(urn, enrolmentId)));
    }

    /** One of the school's claims on one of its places. */
    public ClaimView claim(int urn, long enrolmentId, long claimId) {
        return system.inTransaction(() -> view(ownClaim(own(urn, enrolmentId), claimId)));
    }

    /** The school claims on an entitlement of its place; refused past the entitlement's ceiling. Returns the claim's id. */
    public long claim(int urn, long enrolmentId, String entitlement, int pence, String details, String by) {
        return system.inTransaction(() -> {
            Enrolment place = lockedOwn(urn, enrolmentId);
            if (!place.getStatus().holdsPlace()) {
                throw new Refused(null, "claim.place", place.getStatus().label().toLowerCase(Locale.UK));
            }
            Line line = place(place)
                    .line(entitlement)
                    .orElseThrow(() -> new Refused("entitlement", "claim.entitlement.choose"));
            withinCeiling(line, pence);
            FundingClaim claim = claims.save(new FundingClaim(place, entitlement, pence, details, by, clock.instant()));
            audit("funding.claimed", claim, Funding.pounds(claim.getClaimedPence()), "");
            tellHub(claim);
            return claim.getId();
        });
    }

    /** The school changes a claim the hub returned, and sends it again. */
    public void resubmit(
            int urn, long enrolmentId, long claimId, Integer version, int pence, String details, String by) {
        system.run(() -> {
            Enrolment place = lockedOwn(urn, enrolmentId);
            FundingClaim claim = current(ownClaim(place, claimId), version);
            if (!place.getStatus().holdsPlace()) {
                throw new Refused(null, "claim.place", place.getStatus().label().toLowerCase(Locale.UK));
            }
            Line line = place(place)
                    .line(claim.getEntitlement())
                    .orElseThrow(() -> new Refused(null, "claim.entitlement.gone", claim.getEntitlement()));
            withinCeiling(line, pence);
            claim.resubmit(pence, details, by, clock.instant());
            claims.flush();
            audit("funding.resubmitted", claim, Funding.pounds(claim.getClaimedPence()), "");
            tellHub(claim);
        });
    }

    /** The school takes back a claim the hub has not approved. */
    public void withdraw(int urn, long enrolmentId, long claimId, Integer version) {
        system.run(() -> {
            FundingClaim claim = current(ownClaim(own(urn, enrolmentId), claimId), version);
            if (!claim.getStatus().withdrawable()) {
                throw new Refused(null, "claim.withdraw.notAllowed");
            }
            claims.delete(claim);
            claims.flush();
            audit("funding.withdrawn", claim, Funding.pounds(claim.getClaimedPence()), "");
        });
    }

    // The hub's side

    /** A page of a hub's claims of a year with the given statuses, oldest first. */
    @Transactional(readOnly = true)
    public Page<ClaimView> page(long hubId, AcademicYear year, Collection<ClaimStatus> statuses, Pageable pageable) {
        Page<FundingClaim> page = claims.findByHubIdAndAcademicYearAndStatusInOrderBySubmittedAtAscIdAsc(
                hubId, year.startYear(), statuses, pageable);
        Map<Long, ClaimView> byId =
                views(page.getContent()).stream().collect(Collectors.toMap(ClaimView::id, Function.identity()));
        return page.map(c -> byId.get(c.getId()));
    }

    /** Every claim of a hub's year, for the finance office's CSV. */
    @Transactional(readOnly = true)
    public List<ClaimView> all(long hubId, AcademicYear year) {
        return views(claims.findByHubIdAndAcademicYearOrderBySubmittedAtAscIdAsc(hubId, year.startYear()));
    }

    @Transactional(readOnly = true)
    public Totals totals(long hubId, AcademicYear year) {
        return Totals.of(claims.totals(hubId, year.startYear()));
    }

    /** Each hub's claims of a year, as the national centre sees them: totals only, never a school's claim. */
    @Transactional(readOnly = true)
    public National national(AcademicYear year) {
        List<ClaimTotal> rows = claims.totalsByHub(year.startYear());
        Map<Long, List<ClaimTotal>> byHub = rows.stream().collect(Collectors.groupingBy(ClaimTotal::hubId));
        Map<Long, String> names = hubs.namesById(byHub.keySet());
        List<HubTotals> each = byHub.entrySet().stream()
                .map(e -> new HubTotals(names.getOrDefault(e.getKey(), ""), Totals.of(e.getValue())))
                .sorted(Comparator.comparing(HubTotals::hub))
                .toList();
        return new National(each, Totals.of(rows));
    }

    /** A claim of the hub's, with its place's funding, to decide or pay. */
    @Transactional(readOnly = true)
    public Decision decision(long claimId) {
        FundingClaim claim = hubClaim(claimId);
        Enrolment place =
                enrolments.findById(claim.getEnrolmentId()).orElseThrow(() -> new NotFoundException("not-found.claim"));
        return new Decision(view(claim), place(place));
    }

    /** The hub approves a claim, in full or (saying why) for less; the school is told. */
    @Transactional
    public void approve(long claimId, Integer version, int pence, String why, String by) {
        FundingClaim claim = current(hubClaim(claimId), version);
        claim.approve(pence, why, by, clock.instant());
        claims.flush();
        audit("funding.approved", claim, Funding.pounds(claim.getApprovedPence()), why == null ? "" : why);
        tell(claim, "approved");
    }

    /** The hub returns a claim to the school, saying what to change; the school is told. */
    @Transactional
    public void giveBack(long claimId, Integer version, String what, String by) {
        FundingClaim claim = current(hubClaim(claimId), version);
        claim.giveBack(what, by, clock.instant());
        claims.flush();
        audit("funding.returned", claim, Funding.pounds(claim.getClaimedPence()), what);
        tell(claim, "returned");
    }

    /** The hub records that it paid an approved claim; the school is told. */
    @Transactional
    public void paid(long claimId, Integer version, LocalDate on, String reference) {
        FundingClaim claim = current(hubClaim(claimId), version);
        claim.paid(on, reference, LocalDate.now(clock));
        claims.flush();
        audit("funding.paid", claim, Funding.pounds(claim.getApprovedPence()), reference == null ? "" : reference);
        tell(claim, "paid");
    }

    private FundingClaim hubClaim(long claimId) {
        return claims.findById(claimId).orElseThrow(() -> new NotFoundException("not-found.claim"));
    }

    private Enrolment own(int urn, long enrolmentId) {
        return enrolments
                .findById(enrolmentId)
                .filter(e -> e.getSchoolUrn() == urn)
                .orElseThrow(() -> new NotFoundException("not-found.application"));
    }

    private Enrolment lockedOwn(int urn, long enrolmentId) {
        return enrolments
                .findForUpdate(enrolmentId)
                .filter(e -> e.getSchoolUrn() == urn)
                .orElseThrow(() -> new NotFoundException("not-found.application"));
    }

    private FundingClaim ownClaim(Enrolment place, long claimId) {
        return claims.findById(claimId)
                .filter(c -> c.getEnrolmentId().equals(place.getId()))
                .orElseThrow(() -> new NotFoundException("not-found.claim"));
    }

    /** The claim as the page that asks showed it: refused when someone changed it since. */
    private static FundingClaim current(FundingClaim claim, Integer version) {
        if (version != null && version != claim.getVersion()) {
            throw new Refused(null, "claim.changed");
        }
        return claim;
    }

    private static void withinCeiling(Line line, int pence) {
        if (pence <= 0) {
            throw new Refused("amount", "claim.amount.invalid");
        }
        if (pence > line.leftPence()) {
            throw new Refused(
                    "amount",
                    "claim.amount.tooMuch",
                    line.entitlement().name(),
                    line.left(),
                    Funding.pounds(line.entitlement().pence()));
        }
    }

    private Place place(Enrolment e) {
        Funding funding = workGroups.of(e.getWorkGroupId()).map(Terms::funding).orElse(Funding.NONE);
        List<FundingClaim> made = claims.findByEnrolmentIdOrderBySubmittedAtAscIdAsc(e.getId());
        List<Line> lines = funding.entitlements().stream()
                .map(ent -> new Line(
                        ent,
                        made.stream()
                                .filter(c -> c.getEntitlement().equals(ent.name()))
                                .mapToLong(FundingClaim::counted)
                                .sum(),
                        made.stream()
                                .filter(c -> c.getEntitlement().equals(ent.name()) && c.getStatus() == ClaimStatus.PAID)
                                .mapToLong(FundingClaim::getApprovedPence)
                                .sum()))
                .toList();
        return new Place(e.getId(), e.getStatus(), lines, views(made));
    }

    private ClaimView view(FundingClaim claim) {
        return views(List.of(claim)).get(0);
    }

    private List<ClaimView> views(List<FundingClaim> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> names = schools.namesByUrn(
                list.stream().map(FundingClaim::getSchoolUrn).distinct().toList());
        Map<Long, String> groups =
                workGroups
                        .of(list.stream()
                                .map(FundingClaim::getWorkGroupId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Terms::id, Terms::name));
        return list.stream()
                .map(c -> new ClaimView(
                        c.getId(),
                        c.getEnrolmentId(),
                        c.getHubId(),
                        c.getSchoolUrn(),
                        names.getOrDefault(c.getSchoolUrn(), "URN " + c.getSchoolUrn()),
                        groups.getOrDefault(c.getWorkGroupId(), ""),
                        c.getAcademicYear(),
                        c.getEntitlement(),
                        c.getClaimedPence(),
                        c.getDetails(),
                        c.getStatus(),
                        c.getApprovedPence(),
                        c.getNote(),
                        c.getSubmittedAt(),
                        c.getSubmittedBy(),
                        c.getDecidedAt(),
                        c.getDecidedBy(),
                        c.getPaidOn(),
                        c.getPaymentReference(),
                        c.getVersion()))
                .toList();
    }

    private void audit(String type, FundingClaim claim, String amount, String detail) {
        events.publishEvent(
                Audited.of(type, claim.getHubId(), schoolName(claim), claim.getEntitlement(), amount, detail));
    }

    private String groupName(FundingClaim claim) {
        return workGroups.of(claim.getWorkGroupId()).map(Terms::name).orElse("");
    }

    private String schoolName(FundingClaim claim) {
        return schools.namesByUrn(List.of(claim.getSchoolUrn()))
                .getOrDefault(claim.getSchoolUrn(), "URN " + claim.getSchoolUrn());
    }

    /** Emails the hub's contact address that a claim waits for its decision. */
    private void tellHub(FundingClaim claim) {
        hubs.contactEmail(claim.getHubId()).ifPresent(address -> {
            String school = schoolName(claim);
            outbox.queue(Email.of("enrolment.hub-claim")
                    .to(address)
                    .hub(claim.getHubId())
                    .subject(school, claim.getEntitlement())
                    .with("school", school)
                    .with("entitlement", claim.getEntitlement())
                    .with("group", groupName(claim))
                    .with("claimed", Funding.pounds(claim.getClaimedPence()))
                    .with("details", claim.getDetails())
                    .with("id", claim.getId()));
        });
    }

    /** Emails the contact who sent the claim what the hub did with it. */
    private void tell(FundingClaim claim, String outcome) {
        String group = groupName(claim);
        outbox.queue(Email.of("enrolment.claim-decided")
                .to(claim.getSubmittedBy())
                .hub(claim.getHubId())
                .subject(claim.getEntitlement(), group)
                .with("outcome", outcome)
                .with("entitlement", claim.getEntitlement())
                .with("group", group)
                .with("claimed", Funding.pounds(claim.getClaimedPence()))
                .with("approved", claim.getApprovedPence() == null ? "" : Funding.pounds(claim.getApprovedPence()))
                .with("note", claim.getNote())
                .with("reference", claim.getPaymentReference())
                .with("link", "/applications/" + claim.getEnrolmentId() + "/claims/" + claim.getId()));
    }
}
