package org.hubcycle.leadership.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** LLME network meetings; the hub filter applies. */
public interface NetworkMeetingRepository extends JpaRepository<NetworkMeeting, Long> {

    Page<NetworkMeeting> findByHubIdOrderByDateDescIdDesc(long hubId, Pageable pageable);
}
