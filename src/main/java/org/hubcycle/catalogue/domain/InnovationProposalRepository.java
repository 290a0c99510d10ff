package org.hubcycle.catalogue.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Hub users see their own hub's proposals; the national admin sees every hub's. */
public interface InnovationProposalRepository extends JpaRepository<InnovationProposal, Long> {

    Page<InnovationProposal> findAllByOrderBySubmittedAtDescIdDesc(Pageable pageable);
}
