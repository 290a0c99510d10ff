package org.hubcycle.delivery.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByKindAndSubjectId(String kind, long subjectId);
}
