package org.hubcycle.improvement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.improvement.domain.ImprovementProjectRepository;
import org.hubcycle.improvement.domain.ProjectVisitRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.PersonRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement's records of a person: the projects they are a leader of (under way until the last one ends), and the
 * visits they recorded for them.
 */
@Component
class ImprovementPersonRecords implements PersonRecords {

    private final ImprovementProjectRepository projects;
    private final ProjectVisitRepository visits;
    private final Dates dates;
    private final Clock clock;

    ImprovementPersonRecords(
            ImprovementProjectRepository projects, ProjectVisitRepository visits, Dates dates, Clock clock) {
        this.projects = projects;
        this.visits = visits;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Held> of(long personId) {
        List<Held> held = new ArrayList<>();
        projects.ledBy(personId)
                .ifPresent(led -> held.add(new Held(
                        50,
                        "person.held.improvementProjects",
                        led.count(),
                        led.title(),
                        "/improvement/" + led.projectId(),
                        !led.lastEndsOn().isBefore(LocalDate.now(clock)))));
        visits.visitsBy(personId)
                .ifPresent(made -> held.add(new Held(
                        60,
                        "person.held.improvementVisits",
                        made.count(),
                        dates.date(made.date()),
                        "/improvement/" + made.projectId(),
                        false)));
        return held;
    }

    @Override
    public Set<Long> stillNeeded(AcademicYear lastYearDue) {
        Set<Long> needed = new HashSet<>(projects.leadersAfter(lastYearDue.lastDay()));
        needed.addAll(visits.visitorsAfter(lastYearDue.lastDay()));
        return needed;
    }
}
