package org.hubcycle.evaluation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Surveys; the hub filter applies. */
public interface SurveyRepository extends JpaRepository<Survey, Long> {

    List<Survey> findByWorkGroupIdOrderByOpensOnAscIdAsc(long workGroupId);

    List<Survey> findByWorkGroupIdIn(Collection<Long> workGroupIds);

    List<Survey> findByProjectIdAndAcademicYear(long projectId, int academicYear);

    List<Survey> findByProjectIdAndAcademicYearAndHubId(long projectId, int academicYear, long hubId);

    boolean existsByWorkGroupIdAndKindAndSessionSequence(long workGroupId, SurveyKind kind, int sessionSequence);
}
