package org.hubcycle.directory.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HubRepository extends JpaRepository<Hub, Long> {

    Optional<Hub> findBySlug(String slug);

    Page<Hub> findAllByOrderByNameAsc(Pageable pageable);
}
