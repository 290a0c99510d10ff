package org.hubcycle.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What happens in a hub's work groups after they are published, which the public catalogue shows:
 * how many places are taken (the enrolment module knows) and when the sessions are (the delivery
 * module knows). The catalogue asks; those modules, which depend on it, answer by implementing these.
 */
public final class WorkGroupActivity {

    private WorkGroupActivity() {}

    /** Places taken in work groups, by id: schools holding a place. */
    public interface PlacesTaken {

        Map<Long, Integer> taken(Collection<Long> workGroupIds);
    }

    /** The planned session dates of work groups, by id, earliest first. */
    public interface SessionDates {

        Map<Long, List<LocalDate>> dates(Collection<Long> workGroupIds);
    }
}
