package org.hubcycle.directory.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrustRepository extends JpaRepository<Trust, Integer> {}
