package vn.neuguong.portal;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.AuditLog;

/**
 * Publishes the scheduled articles whose time has come, every half minute on one node (ShedLock), dated the time set
 * for them; each is audited and the page cache cleared.
 */
@Component
public class ArticlePublisher {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ArticlePublisher(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${neuguong.portal.publish-interval:30s}", initialDelayString = "10s")
    @SchedulerLock(name = "portal-scheduled-articles", lockAtMostFor = "PT5M")
    @Transactional
    public void scheduled() {
        publishDue();
    }

    /** Publishes every reviewed article whose publishing time has passed; their ids. */
    @Transactional
    public List<Long> publishDue() {
        record Due(long id, long organizationId, java.time.OffsetDateTime publishAt) {}
        var due = jdbc.sql("UPDATE portal_article SET status = 'PUBLISHED', published_at = publish_at,"
                        + " version = version + 1 WHERE status = 'REVIEW' AND publish_at <= now()"
                        + " RETURNING id, organization_id, published_at AS publish_at")
                .query(Due.class)
                .list();
        for (var d : due) {
            audit.updated(
                    Articles.ENTITY,
                    d.id(),
                    d.organizationId(),
                    java.util.Map.of("status", Article.Status.REVIEW, "publishAt", d.publishAt()),
                    java.util.Map.of("status", Article.Status.PUBLISHED, "publishedAt", d.publishAt()));
            events.publishEvent(new PortalChanged(d.id()));
        }
        if (!due.isEmpty()) {
            log.info("Published {} scheduled articles", due.size());
        }
        return due.stream().map(Due::id).toList();
    }
}
