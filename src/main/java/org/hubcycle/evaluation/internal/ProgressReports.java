package org.hubcycle.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.SessionRecords;
import org.hubcycle.delivery.SessionRecords.SessionRecord;
import org.hubcycle.enrolment.EnrolmentFigures;
import org.hubcycle.enrolment.EnrolmentFigures.StatusCounts;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.evaluation.domain.ProgressReport;
import org.hubcycle.evaluation.domain.ProgressReportRepository;
import org.hubcycle.evaluation.internal.Surveys.SurveyRow;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.ReportStatus;
import org.hubcycle.shared.Term;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work group leads' termly progress reports: prefilled from the records (sessions held against planned,
 * attendance per session, schools engaged and withdrawn, gap-task reports back, survey response rates),
 * with the lead's narrative. The lead writes and submits; the hub lead accepts or returns it with a
 * comment. Every step is audited. The caller has checked who may do what.
 */
@Service
public class ProgressReports {

    /** A report is late this many days after its term ends. */
    static final int DAYS_TO_REPORT = 14;

    /** What the records say of a work group in a term, as the report shows them. */
    public record Prefill(
            List<SessionRecord> sessions,
            int planned,
            int held,
            long schoolsEngaged,
            long schoolsWithdrawn,
            int participants,
            Double reportBackRate,
            List<SurveyLine> surveys) {}

    /** A survey's response rate, as a report keeps it. */
    public record SurveyLine(String kind, int session, long invited, long answered, double rate) {

        static SurveyLine of(SurveyRow r) {
            return new SurveyLine(r.kind().label(), r.sessionSequence(), r.invited(), r.answered(), r.rate());
        }
    }

    /** A report as its page shows it: the saved one (or none yet) and the figures it shows. */
    public record ReportView(
            WorkGroupBrief group,
            Term term,
            ReportStatus status,
            String progress,
            String issues,
            String nextSteps,
            String returnComment,
            Prefill figures,
            boolean frozen,
            LocalDate due,
            int version) {

        public boolean editable() {
            return status == null || status.editable();
        }
    }

    /** A work group's reports in a year, term by term, for the hub lead's list. */
    public record GroupReports(WorkGroupBrief group, Map<Term, Cell> terms) {}

    /** One term's report of a work group: its status, or none and whether it is late. */
    public record Cell(ReportStatus status, boolean late, LocalDate due) {}

    private final ProgressReportRepository reports;
    private final SessionRecords sessions;
    private final EnrolmentFigures enrolment;
    private final Seats seats;
    private final Surveys surveys;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressReports(
            ProgressReportRepository reports,
            SessionRecords sessions,
            EnrolmentFigures enrolment,
            Seats seats,
            Surveys surveys,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.sessions = sessions;
        this.enrolment = enrolment;
        this.seats = seats;
        this.surveys = surveys;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** The day a term's report is due: two weeks after the term ends. */
    public static LocalDate due(AcademicYear year, Term term) {
        LocalDate end = switch (term) {
            case AUTUMN -> MonthDay.of(12, 31).atYear(year.startYear());
            case SPRING -> MonthDay.of(3, 31).atYear(year.startYear() + 1);
            case SUMMER -> MonthDay.of(7, 31).atYear(year.startYear() + 1);
        };
        return end.plusDays(DAYS_TO_REPORT);
    }

    @Transactional(readOnly = true)
    public ReportView view(WorkGroupBrief group, Term term) {
        Optional<ProgressReport> saved = reports.findByWorkGroupIdAndTerm(group.id(), term);
        boolean frozen = saved.map(ProgressReport::frozen).orElse(false);
        Prefill figures = frozen ? json.readValue(saved.get().getFigures(), Prefill.class) : prefill(group, term);
        return new ReportView(
                group,
                term,
                saved.map(ProgressReport::getStatus).orElse(null),
                saved.map(ProgressReport::getProgress).orElse(null),
                saved.map(ProgressReport::getIssues).orElse(null),
                saved.map(ProgressReport::getNextSteps).orElse(null),
                saved.map(ProgressReport::getReturnComment).orElse(null),
                figures,
                frozen,
                due(group.year(), term),
                saved.map(ProgressReport::getVersion).orElse(-1));
    }

    /** The figures of a work group's term from the records as they stand. */
    Prefill prefill(WorkGroupBrief group, Term term) {
        List<SessionRecord> inTerm = sessions.of(group.id()).stream()
                .filter(s -> Term.of(s.date()) == term)
                .toList();
        StatusCounts counts = enrolment.counts(group.id());
        int participants = seats.of(group.id()).size();
        int tasks = (int) inTerm.stream().filter(SessionRecord::taskSet).count();
        int reportedBack = inTerm.stream()
                .filter(SessionRecord::taskSet)
                .mapToInt(SessionRecord::reportedBack)
                .sum();
        Double reportBack = tasks == 0 || participants == 0 ? null : 100.0 * reportedBack / (tasks * participants);
        List<SurveyLine> lines =
                surveys.forWorkGroup(group.id()).stream().map(SurveyLine::of).toList();
        return new Prefill(
                inTerm,
                inTerm.size(),
                (int) inTerm.stream().filter(SessionRecord::held).count(),
                counts.count("ACCEPTED") + counts.count("COMPLETED"),
                counts.count("WITHDRAWN"),
                participants,
                reportBack,
                lines);
    }

    /** The lead saves their narrative as a draft (a first save makes the report). */
    @Transactional
    public void save(WorkGroupBrief group, Term term, String progress, String issues, String nextSteps, String by) {
        ProgressReport report = reports.findByWorkGroupIdAndTerm(group.id(), term)
                .orElseGet(() -> reports.save(
                        new ProgressReport(group.hubId(), group.id(), group.year(), term, clock.instant(), by)));
        report.write(progress, issues, nextSteps, clock.instant(), by);
    }

    /** The lead submits the report to the hub lead, with the figures as they stand now. */
    @Transactional
    public void submit(WorkGroupBrief group, Term term, String progress, String issues, String nextSteps, String by) {
        save(group, term, progress, issues, nextSteps, by);
        ProgressReport report =
                reports.findByWorkGroupIdAndTerm(group.id(), term).orElseThrow();
        report.submit(json.writeValueAsString(prefill(group, term)), clock.instant(), by);
        events.publishEvent(Audited.of("evaluation.report-submitted", group.hubId(), group.name(), word(term)));
    }

    /** The hub lead accepts a submitted report; it cannot change after. */
    @Transactional
    public void accept(WorkGroupBrief group, Term term, int version, String by) {
        ProgressReport report = current(group, term, version);
        report.accept(clock.instant(), by);
        events.publishEvent(Audited.of("evaluation.report-accepted", group.hubId(), group.name(), word(term)));
    }

    /** The hub lead returns a submitted report to its lead, saying what to change. */
    @Transactional
    public void returnToLead(WorkGroupBrief group, Term term, int version, String comment, String by) {
        ProgressReport report = current(group, term, version);
        report.returnWith(comment, clock.instant(), by);
        events.publishEvent(
                Audited.of("evaluation.report-returned", group.hubId(), group.name(), word(term), comment.strip()));
    }

    /** A term as the audit log words it: Autumn, Spring, Summer. */
    private static String word(Term term) {
        return term.name().charAt(0) + term.name().substring(1).toLowerCase(java.util.Locale.UK);
    }

    /** The report as the person last saw it: refused when it changed since (another click got there first). */
    private ProgressReport current(WorkGroupBrief group, Term term, int version) {
        ProgressReport report = reports.findByWorkGroupIdAndTerm(group.id(), term)
                .orElseThrow(() -> new NotFoundException("not-found.report"));
        if (report.getVersion() != version) {
            throw new Refused(null, "report.changed");
        }
        return report;
    }

    /** Every term's report of the given work groups, with those due and not received marked late. */
    @Transactional(readOnly = true)
    public List<GroupReports> overview(List<WorkGroupBrief> groups) {
        Map<Long, List<ProgressReport>> byGroup =
                reports
                        .findByWorkGroupIdIn(
                                groups.stream().map(WorkGroupBrief::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(ProgressReport::getWorkGroupId));
        LocalDate today = LocalDate.now(clock);
        List<GroupReports> rows = new ArrayList<>();
        for (WorkGroupBrief g : groups) {
            Map<Term, ProgressReport> saved = byGroup.getOrDefault(g.id(), List.of()).stream()
                    .collect(Collectors.toMap(ProgressReport::getTerm, Function.identity()));
            Map<Term, Cell> cells = new java.util.EnumMap<>(Term.class);
            for (Term t : Term.values()) {
                ReportStatus status = saved.containsKey(t) ? saved.get(t).getStatus() : null;
                LocalDate due = due(g.year(), t);
                cells.put(t, new Cell(status, today.isAfter(due) && (status == null || !status.received()), due));
            }
            rows.add(new GroupReports(g, cells));
        }
        return rows;
    }
}
