package org.hubcycle.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalAuthorityRepository extends JpaRepository<LocalAuthority, String> {

    List<LocalAuthority> findAllByOrderByName();
}
