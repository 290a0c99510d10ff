package org.hubcycle.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.delivery.domain.AttendanceMark;
import org.hubcycle.delivery.domain.AttendanceMarkRepository;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.domain.TaskReport;
import org.hubcycle.delivery.domain.TaskReportRepository;
import org.hubcycle.delivery.internal.DeliveryTerms.Mark;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A work group's sessions as reports need them: when, whether its register was taken, who came, who reported back. */
@Service
public class SessionRecords {

    /** One session: its register's marks (present among them) and the reports back on its gap task, if it set one. */
    public record SessionRecord(
            int sequence, LocalDate date, int marked, int present, boolean taskSet, int reportedBack) {

        /** A register was taken: the session was held. */
        public boolean held() {
            return marked > 0;
        }

        /** Present among those marked, in per cent; null before the register is taken. */
        public Double attendance() {
            return marked == 0 ? null : 100.0 * present / marked;
        }
    }

    private final DeliverySessionRepository sessions;
    private final AttendanceMarkRepository marks;
    private final TaskReportRepository reports;

    SessionRecords(DeliverySessionRepository sessions, AttendanceMarkRepository marks, TaskReportRepository reports) {
        this.sessions = sessions;
        this.marks = marks;
        this.reports = reports;
    }

    /** The work group's sessions (of the current scope) in order, in three queries. */
    @Transactional(readOnly = true)
    public List<SessionRecord> of(long workGroupId) {
        List<Session> all = sessions.findByWorkGroupIdOrderBySequence(workGroupId);
        if (all.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = all.stream().map(Session::getId).collect(Collectors.toSet());
        Map<Long, List<AttendanceMark>> bySession =
                marks.findBySessionIdIn(ids).stream().collect(Collectors.groupingBy(AttendanceMark::getSessionId));
        Map<Long, Long> reported = reports.findBySessionIdIn(ids).stream()
                .collect(Collectors.groupingBy(TaskReport::getSessionId, Collectors.counting()));
        return all.stream()
                .map(s -> {
                    List<AttendanceMark> taken = bySession.getOrDefault(s.getId(), List.of());
                    return new SessionRecord(
                            s.getSequence(),
                            s.getDate(),
                            taken.size(),
                            (int) taken.stream()
                                    .filter(m -> m.getMark() == Mark.PRESENT)
                                    .count(),
                            s.getTask() != null,
                            reported.getOrDefault(s.getId(), 0L).intValue());
                })
                .toList();
    }
}
