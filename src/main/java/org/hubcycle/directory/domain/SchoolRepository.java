package org.hubcycle.directory.domain;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SchoolRepository extends JpaRepository<School, Integer>, JpaSpecificationExecutor<School> {

    Page<School> findByTrustUidOrderBySearchNameAscUrnAsc(Integer trustUid, Pageable pageable);

    List<School> findByUrnIn(java.util.Collection<Integer> urns);
}
