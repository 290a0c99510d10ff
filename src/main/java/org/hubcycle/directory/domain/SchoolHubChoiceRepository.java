package org.hubcycle.directory.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolHubChoiceRepository extends JpaRepository<SchoolHubChoice, Integer> {}
