package org.hubcycle.evaluation.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyLinkRepository extends JpaRepository<SurveyLink, String> {}
