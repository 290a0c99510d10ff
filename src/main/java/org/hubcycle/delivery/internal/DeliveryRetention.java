package org.hubcycle.delivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hubcycle.delivery.domain.SchoolInvoiceLineRepository;
import org.hubcycle.delivery.domain.SessionApologyRepository;
import org.hubcycle.enrolment.ParticipantsErased;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Retention;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, once a year's participants are due for erasure (ADR 0038), erases what delivery wrote of them:
 * their names on the lines of that year's invoices, and the notes they sent with apologies. The invoices' sums,
 * the marks and the sessions stay. Runs under a database lock, on one node. A hub that erases participants on
 * request (ADR 0040) has the same erased of them, in its own transaction.
 */
@Component
public class DeliveryRetention {

    private final SchoolInvoiceLineRepository invoiceLines;
    private final SessionApologyRepository apologies;
    private final Retention retention;
    private final SystemWork system;
    private final Clock clock;

    DeliveryRetention(
            SchoolInvoiceLineRepository invoiceLines,
            SessionApologyRepository apologies,
            Retention retention,
            SystemWork system,
            Clock clock) {
        this.invoiceLines = invoiceLines;
        this.apologies = apologies;
        this.retention = retention;
        this.system = system;
        this.clock = clock;
    }

    @Scheduled(cron = "${hubcycle.retention.cron:0 20 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "delivery-retention", lockAtLeastFor = "PT1M")
    public void nightly() {
        eraseDue();
    }

    /** Erases what is due today; returns how many invoice lines and apologies it changed. */
    public int eraseDue() {
        AcademicYear last = retention.lastYearDue(LocalDate.now(clock));
        return system.inTransaction(() -> invoiceLines.eraseNamesUpTo(last.startYear(), Retention.ERASED_NAME)
                + apologies.clearNotesUpTo(last.lastDay()));
    }

    /** Heard in the transaction that erased the participants, so both are saved together or not at all. */
    @EventListener
    void on(ParticipantsErased erased) {
        invoiceLines.eraseNamesOf(erased.participantIds(), Retention.ERASED_NAME);
        apologies.clearNotesOf(erased.participantIds());
    }
}
