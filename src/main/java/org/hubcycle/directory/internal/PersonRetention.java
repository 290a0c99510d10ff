package org.hubcycle.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.directory.domain.PersonInHub;
import org.hubcycle.directory.domain.PersonRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.PersonRecords;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.SystemWork;
import org.hubcycle.shared.TimeConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, erases the contact details (email address, TRN, school, job title) of the people of every hub whom
 * nothing has needed for the retention period (ADR 0050): added in a year that is due, and with no work in a later
 * year, nor under way, in any module that names them ({@link PersonRecords}). Their names stay on the records of their
 * work, as when a hub erases them on request (ADR 0048). Each hub's audit log says how many, not whom. Runs under a
 * database lock, on one node.
 */
@Component
public class PersonRetention {

    /** At most this many ids in one statement's list. */
    static final int BATCH = 500;

    private final PersonRepository people;
    private final ObjectProvider<PersonRecords> records;
    private final Retention retention;
    private final SystemWork system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonRetention(
            PersonRepository people,
            ObjectProvider<PersonRecords> records,
            Retention retention,
            SystemWork system,
            ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.records = records;
        this.retention = retention;
        this.system = system;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.retention.cron:0 20 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "person-retention", lockAtLeastFor = "PT1M")
    public void nightly() {
        eraseDue();
    }

    /** Erases what is due today; returns how many people it erased the details of. */
    public int eraseDue() {
        LocalDate today = LocalDate.now(clock);
        AcademicYear last = retention.lastYearDue(today);
        Instant addedBefore =
                last.next().firstDay().atStartOfDay(TimeConfiguration.LONDON).toInstant();
        return system.inTransaction(() -> {
            Set<Long> needed = new HashSet<>();
            records.forEach(module -> needed.addAll(module.stillNeeded(last)));
            Map<Long, List<Long>> dueByHub = people.holdingDetailsAddedBefore(addedBefore).stream()
                    .filter(person -> !needed.contains(person.id()))
                    .collect(Collectors.groupingBy(
                            PersonInHub::hubId, Collectors.mapping(PersonInHub::id, Collectors.toList())));
            int erased = 0;
            for (Map.Entry<Long, List<Long>> hub : dueByHub.entrySet()) {
                List<Long> ids = hub.getValue();
                for (int from = 0; from < ids.size(); from += BATCH) {
                    erased += people.eraseDetails(ids.subList(from, Math.min(ids.size(), from + BATCH)), today);
                }
                events.publishEvent(Audited.of(
                        "directory.people-details-erased",
                        hub.getKey(),
                        last.toString(),
                        ids.size(),
                        retention.participantYears()));
            }
            return erased;
        });
    }
}
