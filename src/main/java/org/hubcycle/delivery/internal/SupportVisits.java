package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.delivery.domain.SupportVisit;
import org.hubcycle.delivery.domain.SupportVisitRepository;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.enrolment.Seat;
import org.hubcycle.enrolment.Seats;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.YearGroups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Specialists' and SLEs' Records of Visits to the schools of their work groups, and the coverage
 * grid of a project's schools by year group, so that year groups nobody has visited stand out.
 */
@Service
public class SupportVisits {

    public record VisitInput(
            int schoolUrn, LocalDate date, List<String> yearGroups, String focus, String notes, String nextSteps) {}

    public record Visit(
            long id,
            long workGroupId,
            int urn,
            String school,
            String visitor,
            LocalDate date,
            List<String> yearGroups,
            String focus,
            String notes,
            String nextSteps,
            long version) {}

    /** Schools by year group: how many visits saw each year group of each school. */
    public record Coverage(List<String> yearGroups, List<Row> rows) {}

    public record Row(int urn, String school, List<Integer> visits) {

        public int gaps() {
            return (int) visits.stream().filter(v -> v == 0).count();
        }
    }

    private final SupportVisitRepository visits;
    private final Seats seats;
    private final ApplicationEventPublisher events;
    private final Dates dates;
    private final Clock clock;

    SupportVisits(
            SupportVisitRepository visits, Seats seats, ApplicationEventPublisher events, Dates dates, Clock clock) {
        this.clock = clock;
        this.dates = dates;
        this.visits = visits;
        this.seats = seats;
        this.events = events;
    }

    /** Records a visit by the given person to a school holding a place in the work group. */
    @Transactional
    public long record(WorkGroupBrief group, PersonView visitor, VisitInput in) {
        Map<Integer, String> schools = check(group, in);
        SupportVisit visit = visits.save(new SupportVisit(
                group.hubId(),
                group.id(),
                in.schoolUrn(),
                visitor.id(),
                visitor.fullName(),
                in.date(),
                in.yearGroups(),
                in.focus(),
                in.notes(),
                in.nextSteps()));
        events.publishEvent(Audited.of(
                "delivery.visit-recorded",
                group.hubId(),
                schools.get(in.schoolUrn()),
                group.name(),
                visitor.fullName(),
                String.join(", ", in.yearGroups())));
        return visit.getId();
    }

    /** A visit of the current hub, as the list shows it. */
    @Transactional(readOnly = true)
    public Optional<Visit> find(long id) {
        return visits.findById(id).map(v -> view(v, schoolsOf(List.of(v.getWorkGroupId()))));
    }

    /**
     * Corrects a visit's record, if nobody has saved or deleted it since the form was opened on version
     * {@code opened} (null: not said).
     */
    @Transactional
    public void correct(WorkGroupBrief group, long id, Long opened, VisitInput in) {
        SupportVisit visit = visits.findById(id).orElseThrow(() -> new NotFoundException("not-found.visit"));
        Refused.unlessStill(opened, visit.getVersion(), "visit.changedMeanwhile");
        Map<Integer, String> schools = check(group, in);
        visit.correct(in.schoolUrn(), in.date(), in.yearGroups(), in.focus(), in.notes(), in.nextSteps());
        visits.flush();
        events.publishEvent(Audited.of(
                "delivery.visit-corrected",
                group.hubId(),
                schools.get(in.schoolUrn()),
                group.name(),
                visit.getVisitorName(),
                dates.date(in.date())));
    }

    /** Deletes a visit's record (one made in error), if it is still as the person saw it on version {@code opened}. */
    @Transactional
    public void delete(WorkGroupBrief group, long id, Long opened) {
        SupportVisit visit = visits.findById(id).orElseThrow(() -> new NotFoundException("not-found.visit"));
        Refused.unlessStill(opened, visit.getVersion(), "visit.changedBeforeDelete");
        String school =
                schoolsOf(List.of(group.id())).getOrDefault(visit.getSchoolUrn(), "URN " + visit.getSchoolUrn());
        visits.delete(visit);
        visits.flush();
        events.publishEvent(Audited.of(
                "delivery.visit-deleted",
                group.hubId(),
                school,
                group.name(),
                visit.getVisitorName(),
                dates.date(visit.getDate())));
    }

    /** The visit is sound and to a school holding a place in the group: the group's schools by URN. */
    private Map<Integer, String> check(WorkGroupBrief group, VisitInput in) {
        problems(in.date(), in.yearGroups()).stream().findFirst().ifPresent(problem -> {
            throw problem;
        });
        Map<Integer, String> schools = schoolsOf(List.of(group.id()));
        if (!schools.containsKey(in.schoolUrn())) {
            throw new Refused("schoolUrn", "visit.school.notHolding", group.name());
        }
        return schools;
    }

    /**
     * What is wrong with a visit as recorded, each beside its field: a date still to come (a visit is
     * recorded once it has happened), no year groups seen, or one that is not a year group. Parts not
     * given (null) are not checked.
     */
    public List<Refused> problems(LocalDate date, List<String> yearGroups) {
        List<Refused> problems = new ArrayList<>();
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            problems.add(new Refused("day", "visit.date.future"));
        }
        if (yearGroups == null || yearGroups.isEmpty() || !YearGroups.ALL.containsAll(yearGroups)) {
            problems.add(new Refused("yearGroups", "visit.years.required"));
        }
        return problems;
    }

    /** The visits to the schools of these work groups, newest first. */
    @Transactional(readOnly = true)
    public List<Visit> of(List<Long> workGroupIds) {
        Map<Integer, String> schools = schoolsOf(workGroupIds);
        return visits.findByWorkGroupIdInOrderByDateDescIdDesc(workGroupIds).stream()
                .map(v -> view(v, schools))
                .toList();
    }

    private static Visit view(SupportVisit v, Map<Integer, String> schools) {
        return new Visit(
                v.getId(),
                v.getWorkGroupId(),
                v.getSchoolUrn(),
                schools.getOrDefault(v.getSchoolUrn(), "URN " + v.getSchoolUrn()),
                v.getVisitorName(),
                v.getDate(),
                v.getYearGroups(),
                v.getFocus(),
                v.getNotes(),
                v.getNextSteps(),
                v.getVersion());
    }

    /** The schools of these work groups by year group: the primary years, the secondary years, or both, as the visits went. */
    @Transactional(readOnly = true)
    public Coverage coverage(List<Long> workGroupIds) {
        Map<Integer, String> schools = schoolsOf(workGroupIds);
        List<SupportVisit> all = visits.findByWorkGroupIdInOrderByDateDescIdDesc(workGroupIds);
        Set<String> seen = all.stream().flatMap(v -> v.getYearGroups().stream()).collect(Collectors.toSet());
        List<String> primary = YearGroups.ALL.subList(0, 7);
        List<String> secondary = YearGroups.ALL.subList(7, YearGroups.ALL.size());
        boolean anySecondary = seen.stream().anyMatch(secondary::contains);
        boolean anyPrimary = seen.stream().anyMatch(primary::contains) || !anySecondary;
        List<String> columns = new ArrayList<>();
        if (anyPrimary) {
            columns.addAll(primary);
        }
        if (anySecondary) {
            columns.addAll(secondary);
        }
        List<Row> rows = schools.entrySet().stream()
                .map(school -> new Row(
                        school.getKey(),
                        school.getValue(),
                        columns.stream()
                                .map(y -> (int) all.stream()
                                        .filter(v -> v.getSchoolUrn().equals(school.getKey())
                                                && v.getYearGroups().contains(y))
                                        .count())
                                .toList()))
                .sorted(Comparator.comparing(Row::school))
                .toList();
        return new Coverage(columns, rows);
    }

    private Map<Integer, String> schoolsOf(List<Long> workGroupIds) {
        Map<Integer, String> schools = new LinkedHashMap<>();
        for (long id : workGroupIds) {
            for (Seat seat : seats.of(id)) {
                schools.putIfAbsent(seat.schoolUrn(), seat.schoolName());
            }
        }
        return schools;
    }
}
