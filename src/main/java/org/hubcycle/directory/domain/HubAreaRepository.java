package org.hubcycle.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HubAreaRepository extends JpaRepository<HubArea, String> {

    List<HubArea> findByHubIdOrderByLaCode(Long hubId);
}
