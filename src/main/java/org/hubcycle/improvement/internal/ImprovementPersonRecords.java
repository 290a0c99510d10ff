package org.hubcycle.improvement.internal;

import java.util.ArrayList;
import java.util.List;
import org.hubcycle.improvement.domain.ImprovementProject;
import org.hubcycle.improvement.domain.ImprovementProjectRepository;
import org.hubcycle.improvement.domain.ProjectVisitRepository;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.PersonRecords;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Improvement's records of a person: the projects they are a leader of, and the visits they recorded for them. */
@Component
class ImprovementPersonRecords implements PersonRecords {

    private final ImprovementProjectRepository projects;
    private final ProjectVisitRepository visits;
    private final Dates dates;

    ImprovementPersonRecords(ImprovementProjectRepository projects, ProjectVisitRepository visits, Dates dates) {
        this.projects = projects;
        this.visits = visits;
        this.dates = dates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Held> of(long personId) {
        List<Held> held = new ArrayList<>();
        Page<ImprovementProject> led = projects.findByLeader(personId, PageRequest.of(0, 1));
        led.stream()
                .findFirst()
                .ifPresent(latest -> held.add(new Held(
                        50,
                        "person.held.improvementProjects",
                        led.getTotalElements(),
                        latest.getTitle(),
                        "/improvement/" + latest.getId())));
        long count = visits.countByVisitorPersonId(personId);
        visits.findFirstByVisitorPersonIdOrderByDateDescIdDesc(personId)
                .ifPresent(latest -> held.add(new Held(
                        60,
                        "person.held.improvementVisits",
                        count,
                        dates.date(latest.words().date()),
                        "/improvement/" + latest.getProjectId())));
        return held;
    }
}
