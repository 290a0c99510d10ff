package org.hubcycle.enrolment.internal;

import java.util.Collection;
import java.util.Map;
import org.hubcycle.catalogue.WorkGroupActivity;
import org.hubcycle.enrolment.domain.Places;
import org.springframework.stereotype.Component;

/** Tells the public catalogue how many places each work group has given, so its status follows its places. */
@Component
class CataloguePlaces implements WorkGroupActivity.PlacesTaken {

    private final Places places;

    CataloguePlaces(Places places) {
        this.places = places;
    }

    @Override
    public Map<Long, Integer> taken(Collection<Long> workGroupIds) {
        return places.taken(workGroupIds);
    }
}
