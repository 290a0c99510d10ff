package org.hubcycle.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.delivery.DeliveryTerms.Mark;
import org.hubcycle.delivery.domain.AttendanceMark;
import org.hubcycle.delivery.domain.AttendanceMarkRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.Enrolments.Seat;
import org.hubcycle.shared.AcademicYear;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What schools are charged for places not used: each late cancellation and each no-show (absent)
 * on a register, priced at the work group's no-show charge, per hub and academic year.
 */
@Service
public class Charges {

    static final Set<Mark> CHARGED = Set.of(Mark.ABSENT, Mark.LATE_CANCELLATION);

    public record Charge(LocalDate date, String workGroup, int session, int urn, String school, String participant, Mark mark,
                         int pence) {

        public String amount() {
            return Funding.pounds(pence);
        }
    }

    private final AttendanceMarkRepository marks;
    private final WorkGroupTerms workGroups;
    private final Enrolments enrolments;

    Charges(AttendanceMarkRepository marks, WorkGroupTerms workGroups, Enrolments enrolments) {
        this.marks = marks;
        this.workGroups = workGroups;
        this.enrolments = enrolments;
    }

    @Transactional(readOnly = true)
    public Page<Charge> list(long hubId, AcademicYear year, Pageable pageable) {
        Page<Object[]> page = marks.chargeable(hubId, year.firstDay(), year.lastDay(), CHARGED, pageable);
        return new PageImpl<>(charges(page.getContent()), pageable, page.getTotalElements());
    }

    /** Every charge of the year, for the CSV export (a hub's year is a few hundred rows at most). */
    @Transactional(readOnly = true)
    public List<Charge> all(long hubId, AcademicYear year) {
        return charges(marks.chargeable(hubId, year.firstDay(), year.lastDay(), CHARGED, PageRequest.of(0, 100_000)).getContent());
    }

    /** The total of a year's charges. */
    @Transactional(readOnly = true)
    public long total(long hubId, AcademicYear year) {
        return all(hubId, year).stream().mapToLong(Charge::pence).sum();
    }

    private List<Charge> charges(List<Object[]> rows) {
        List<AttendanceMark> found = rows.stream().map(r -> (AttendanceMark) r[0]).toList();
        Map<Long, Session> sessionOf = rows.stream().collect(Collectors.toMap(r -> ((AttendanceMark) r[0]).getId(), r -> (Session) r[1]));
        Map<Long, Terms> groups = workGroups.of(sessionOf.values().stream().map(Session::getWorkGroupId).distinct().toList()).stream()
                .collect(Collectors.toMap(Terms::id, Function.identity()));
        Map<Long, Seat> seats = enrolments.seatsById(found.stream().map(AttendanceMark::getParticipantId).distinct().toList());
        return found.stream().map(m -> {
            Session s = sessionOf.get(m.getId());
            Terms group = groups.get(s.getWorkGroupId());
            Seat seat = seats.get(m.getParticipantId());
            return new Charge(s.getDate(), group == null ? "" : group.name(), s.getSequence(), seat == null ? 0 : seat.schoolUrn(),
                    seat == null ? "" : seat.schoolName(), seat == null ? "" : seat.fullName(), m.getMark(),
                    group == null ? 0 : group.noShowChargePence());
        }).toList();
    }
}
