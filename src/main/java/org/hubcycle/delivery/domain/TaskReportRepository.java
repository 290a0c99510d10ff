package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reports back on gap tasks; the hub filter applies. */
public interface TaskReportRepository extends JpaRepository<TaskReport, Long> {

    List<TaskReport> findBySessionIdIn(Collection<Long> sessionIds);

    List<TaskReport> findBySessionIdInAndParticipantIdIn(Collection<Long> sessionIds, Collection<Long> participantIds);

    Optional<TaskReport> findBySessionIdAndParticipantId(long sessionId, long participantId);
}
