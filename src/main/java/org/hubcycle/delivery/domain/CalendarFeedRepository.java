package org.hubcycle.delivery.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByKindAndSubjectId(String kind, long subjectId);

    List<CalendarFeed> findByKindAndSubjectIdIn(String kind, Collection<Long> subjectIds);
}
