package org.hubcycle.directory.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SchoolRepository extends JpaRepository<School, Integer>, JpaSpecificationExecutor<School> {

    Page<School> findByTrustUidOrderBySearchNameAscUrnAsc(Integer trustUid, Pageable pageable);

    List<School> findByUrnIn(java.util.Collection<Integer> urns);

    @org.springframework.data.jpa.repository.Query(
            "select distinct s.phase from School s where s.phase is not null order by s.phase")
    List<String> distinctPhases();

    @org.springframework.data.jpa.repository.Query(
            "select distinct s.typeGroup from School s where s.typeGroup is not null order by s.typeGroup")
    List<String> distinctTypeGroups();

    @org.springframework.data.jpa.repository.Query(
            "select distinct s.ofstedRating from School s where s.ofstedRating is not null order by s.ofstedRating")
    List<String> distinctOfstedRatings();
}
