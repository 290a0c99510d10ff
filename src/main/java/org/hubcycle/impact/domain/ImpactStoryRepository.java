package org.hubcycle.impact.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants' stories; the hub filter applies. */
public interface ImpactStoryRepository extends JpaRepository<ImpactStory, Long> {

    Page<ImpactStory> findByHubIdAndAcademicYearOrderById(long hubId, int academicYear, Pageable pageable);

    List<ImpactStory> findByHubIdAndAcademicYearAndConsentInOrderByIdDesc(
            long hubId, int academicYear, Collection<Consent> consents);

    long countByHubIdAndAcademicYear(long hubId, int academicYear);

    Optional<ImpactStory> findByParticipantIdAndWorkGroupId(long participantId, long workGroupId);

    List<ImpactStory> findByParticipantIdIn(Collection<Long> participantIds);
}
