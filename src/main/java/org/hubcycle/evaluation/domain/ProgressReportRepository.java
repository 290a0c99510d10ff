package org.hubcycle.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hubcycle.shared.Term;
import org.springframework.data.jpa.repository.JpaRepository;

/** Termly progress reports; the hub filter applies. */
public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    Optional<ProgressReport> findByWorkGroupIdAndTerm(long workGroupId, Term term);

    List<ProgressReport> findByWorkGroupIdIn(Collection<Long> workGroupIds);
}
