package org.hubcycle.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** The daily reminder emails each participant once about the coming weeks sessions, even when two nodes run it. */
class RemindersTest extends DeliveryFixtures {

    @Test
    void remindersGoOutOnceForTheComingWeekEvenWhenTwoNodesRunTheJobAtOnce() throws Exception {
        WorkGroupBrief development = group("Development 1");
        LocalDate soon = LocalDate.now(clock).plusDays(6);
        long planned = plan(development, SignedIn.WGL, soon);
        int sequence =
                HubScope.asSystem(() -> sessions.find(planned)).orElseThrow().sequence();
        String subject = "Reminder: Development 1 session " + sequence + " on " + new Dates().date(soon);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = List.of(
                nodes.submit(() -> awaitThen(start, reminders::remind)),
                nodes.submit(() -> awaitThen(start, reminders::remind)));
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        nodes.shutdown();
        reminders.remind();
        assertThat(HubScope.asSystem(() -> outbox.list(PARTICIPANT, PageRequest.of(0, 100)))
                        .getContent())
                .extracting(e -> e.subject())
                .as("reminders of %s", subject)
                .containsOnlyOnce(subject);
    }
}
