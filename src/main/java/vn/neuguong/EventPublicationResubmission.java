package vn.neuguong;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again while the application runs, not only at the next
 * restart: a listener that failed because the database was restarting (a document's DOCUMENT_RECEIVED notices, say)
 * gets another go once it is back. A publication whose listener never reported back (the node died, or the database
 * was gone when the failure was to be recorded) is marked failed by the registry's staleness check
 * ({@code spring.modulith.events.staleness.*}) and so is resubmitted too. One node at a time resubmits (ShedLock),
 * and the registry claims each publication before it hands it on; listeners are idempotent (dedup keys).
 */
@Component
@ConditionalOnProperty(name = "neuguong.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class EventPublicationResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    EventPublicationResubmission(
            IncompleteEventPublications incomplete,
            @Value("${neuguong.events.resubmit-older-than:30s}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(
            fixedDelayString = "${neuguong.events.resubmit-interval:1m}",
            initialDelayString = "${neuguong.events.resubmit-interval:1m}")
    @SchedulerLock(name = "event-publication-resubmission", lockAtMostFor = "PT10M")
    public void resubmit() {
        long started = System.nanoTime();
        var resubmitted = new AtomicInteger();
        incomplete.resubmitIncompletePublications(
                ResubmissionOptions.defaults().withMinAge(minAge).withFilter(publication -> {
                    resubmitted.incrementAndGet();
                    return true;
                }));
        log.info(
                "Event publication resubmission: {} resubmitted (failed, older than {}) in {} ms",
                resubmitted.get(),
                minAge,
                (System.nanoTime() - started) / 1_000_000);
    }
}
