package org.hubcycle.enrolment.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.Enrolments.ParticipantInput;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.FundingClaim;
import org.hubcycle.enrolment.domain.FundingClaimRepository;
import org.hubcycle.enrolment.domain.Participant;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo Maths Hub's schools' history and this year's applications, all fictional: four primary
 * schools (the demo school contact's among them) and a converted academy's predecessor completed
 * last year's Development groups (three teachers each), so this year they are eligible for Embedding but not for
 * Development again; six schools have applied to this year's Development 1 (Ayesha Brook,
 * {@code participant@hubcycle.test}, takes part for the first of them). Last year's places claimed their funding
 * (ADR 0027): the demo contact's school was paid part of its supply cover, another school's cover is approved and
 * waits to be paid, and a third school's textbook claim waits for the hub's decision.
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class EnrolmentDemoData implements DemoData {

    private final Hubs hubs;
    private final Schools schools;
    private final HubOffers offers;
    private final Enrolments enrolments;
    private final EnrolmentRepository repository;
    private final ParticipantRepository participants;
    private final FundingClaimRepository claims;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EnrolmentDemoData(
            Hubs hubs,
            Schools schools,
            HubOffers offers,
            Enrolments enrolments,
            EnrolmentRepository repository,
            ParticipantRepository participants,
            FundingClaimRepository claims,
            TransactionTemplate transactions,
            Clock clock) {
        this.hubs = hubs;
        this.schools = schools;
        this.offers = offers;
        this.enrolments = enrolments;
        this.repository = repository;
        this.participants = participants;
        this.claims = claims;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        if (repository.count() > 0) {
            return;
        }
        AcademicYear year = AcademicYear.containing(LocalDate.now(clock));
        long demo = hubs.getBySlug("demo-maths-hub").id();
        List<SchoolSummary> primaries = schools.search(
                        new SchoolSearch(null, "Primary", "881", null, "Open", null, null), PageRequest.of(0, 12))
                .getContent();
        Map<String, WorkGroupBrief> lastYear = groups(demo, year.previous());
        Map<String, WorkGroupBrief> thisYear = groups(demo, year);

        transactions.executeWithoutResult(status -> {
            List<Enrolment> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                done.add(completed(
                        demo,
                        lastYear.get("Development " + (1 + i % 2)),
                        year.previous(),
                        primaries.get(i).urn(),
                        primaries.get(i)));
            }
            claims(done);
            List<Integer> used =
                    primaries.stream().limit(10).map(SchoolSummary::urn).toList();
            convertedAcademy(used)
                    .ifPresent(academy -> completed(
                            demo,
                            lastYear.get("Development 2"),
                            year.previous(),
                            schools.lineage(academy.urn()).stream()
                                    .filter(urn -> urn != academy.urn())
                                    .findFirst()
                                    .orElseThrow(),
                            academy));
        });
        for (int i = 4; i < 10; i++) {
            SchoolSummary school = primaries.get(i);
            enrolments.apply(new Enrolments.Application(
                    thisYear.get("Development 1").id(),
                    school.urn(),
                    List.of(
                            i == 4
                                    ? new ParticipantInput(
                                            "Ayesha Brook",
                                            "participant@hubcycle.test",
                                            "Year 2 teacher",
                                            "Teacher",
                                            null)
                                    : new ParticipantInput(
                                            "Teacher " + (2 * i - 7) + " of " + school.name(),
                                            "teacher" + (2 * i - 7) + "@" + school.urn() + ".demo-school.test",
                                            "Class teacher",
                                            "Teacher",
                                            null),
                            new ParticipantInput(
                                    "Maths lead of " + school.name(),
                                    "mathslead@" + school.urn() + ".demo-school.test",
                                    "Maths lead",
                                    "Maths lead",
                                    null)),
                    "head@" + school.urn() + ".demo-school.test"));
        }
    }

    /** Last year's funding claims: paid in part, approved to pay, and one waiting for the hub. */
    private void claims(List<Enrolment> done) {
        Instant now = clock.instant();
        FundingClaim paid = new FundingClaim(
                done.get(0),
                "Supply cover",
                180_000,
                "Supply cover for our two teachers on the six session days, invoices SC-2231 to SC-2236",
                "school@hubcycle.test",
                now.minus(Duration.ofDays(120)));
        paid.approve(180_000, null, "hublead@hubcycle.test", now.minus(Duration.ofDays(110)));
        paid.paid(LocalDate.now(clock).minusDays(100), "BACS-0412", LocalDate.now(clock));
        FundingClaim toPay = new FundingClaim(
                done.get(1),
                "Supply cover",
                300_000,
                "Cover for three teachers across the year, invoice 88-301",
                done.get(1).getAppliedBy(),
                now.minus(Duration.ofDays(40)));
        toPay.approve(
                240_000,
                "Two of the six session days had no cover booked",
                "hublead@hubcycle.test",
                now.minus(Duration.ofDays(35)));
        FundingClaim waiting = new FundingClaim(
                done.get(2),
                "Matched textbook funding",
                145_000,
                "Half of £2,900 spent on Power Maths textbooks for Years 1 to 4, invoice PM-7781",
                done.get(2).getAppliedBy(),
                now.minus(Duration.ofDays(10)));
        claims.saveAll(List.of(paid, toPay, waiting));
    }

    private Enrolment completed(long hubId, WorkGroupBrief group, AcademicYear year, int urn, SchoolSummary school) {
        Enrolment e = repository.save(new Enrolment(
                hubId,
                group.id(),
                year,
                "Primary TfM Development",
                urn,
                school.percentFsm(),
                true,
                "ELIGIBLE",
                "Eligible: the school had not taken part in Primary TfM Development before.",
                "head@" + urn + ".demo-school.test",
                year.firstDay().minusMonths(2).atStartOfDay(clock.getZone()).toInstant()));
        e.moveTo(
                EnrolmentStatus.ACCEPTED,
                year.firstDay().atStartOfDay(clock.getZone()).toInstant());
        e.moveTo(
                EnrolmentStatus.COMPLETED,
                year.lastDay().minusMonths(1).atStartOfDay(clock.getZone()).toInstant());
        String[] roles = {"Maths lead", "Teacher", "Teacher"};
        for (int p = 0; p < roles.length; p++) {
            String name = PAST_PARTICIPANTS[(int) (participants.count() % PAST_PARTICIPANTS.length)];
            participants.save(new Participant(
                    hubId,
                    e.getId(),
                    p + 1,
                    name,
                    name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + urn + ".demo-school.test",
                    p == 0 ? "Maths lead" : "Class teacher",
                    roles[p],
                    null));
        }
        return e;
    }

    /** Fictional teachers who took part in last year's Development groups. */
    private static final String[] PAST_PARTICIPANTS = {
        "Esme Thornbury", "Tom Ellery", "Priya Raman", "Gareth Lloyd", "Hannah Quist", "Oliver Mbeki",
        "Sian Pritchard", "Marek Nowak", "Leah Fairweather", "Dev Chauhan", "Imogen Harte", "Kwame Asante",
        "Ruth Calloway", "Jonah Reyes", "Bethan Morgan"
    };

    /** An open academy in the demo hub's area that GIAS links to a predecessor, other than the schools given. */
    private Optional<SchoolSummary> convertedAcademy(List<Integer> except) {
        return Stream.of("881", "882", "883")
                .flatMap(la -> schools
                        .search(new SchoolSearch("Academy", null, la, null, "Open", null, null), PageRequest.of(0, 100))
                        .stream())
                .filter(s ->
                        !except.contains(s.urn()) && schools.lineage(s.urn()).size() > 1)
                .findFirst();
    }

    private Map<String, WorkGroupBrief> groups(long hubId, AcademicYear year) {
        return offers.briefs(hubId, year).stream().collect(Collectors.toMap(WorkGroupBrief::name, g -> g, (a, b) -> a));
    }
}
