package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens each later period of the launched campaigns' recurring lines on the period's first day: one
 * {@code INSERT ... SELECT} per campaign ({@link CampaignRecords#createObligations}), every period started since the
 * line was last opened, so a day no node ran is caught up on the next run. The organizations owing a period are those
 * open in the targets' subtrees on the day it opens. Idempotent (a period is opened once per line, and
 * {@code obligation_once_per_period} backs it), and held by a ShedLock lock when two nodes run.
 */
@Component
public class PeriodOpenings {

    private static final Logger log = LoggerFactory.getLogger(PeriodOpenings.class);

    /**
     * The launched campaigns with a period started by {@code :day} and not yet opened, by id: a cascade comes after
     * the campaign it takes up (it can only take up one already launched), so a parent's period is opened first and a
     * cascade's line of the same period refines it.
     */
    private static final String DUE_SQL = "SELECT c.id FROM campaign c WHERE c.status = 'LAUNCHED' AND EXISTS"
            + " (SELECT 1 FROM campaign_requirement r CROSS JOIN LATERAL " + CampaignRecords.SERIES + " s"
            + " WHERE r.campaign_id = c.id AND r.opened_through IS NOT NULL AND s.starts_on > r.opened_through"
            + " AND s.starts_on <= :day)";

    /** How many of a campaign's periods have opened, of how many, and the day the next one opens. */
    @Schema(name = "CampaignPeriodsOpened")
    public record Opened(
            int opened, int total, @Schema(nullable = true) LocalDate nextOpensOn) {}

    private final JdbcClient jdbc;
    private final CampaignRecords records;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PeriodOpenings(JdbcClient jdbc, CampaignRecords records, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${neuguong.periods.cron:0 5 * * * *}")
    @SchedulerLock(name = "obligation-periods", lockAtMostFor = "PT2H")
    public void scheduled() {
        openThrough(LocalDate.now(clock));
    }

    /** Opens every period started by {@code day} and not yet opened, each campaign in its own transaction. */
    public int openThrough(LocalDate day) {
        long started = System.nanoTime();
        var due = jdbc.sql(DUE_SQL + " ORDER BY c.id")
                .param("day", day)
                .query(Long.class)
                .list();
        int created = 0;
        for (long campaignId : due) {
            created += transaction.execute(status -> records.createObligations(campaignId, day));
        }
        log.info(
                "Periods opened through {}: {} campaigns, {} obligations in {} ms",
                day,
                due.size(),
                created,
                (System.nanoTime() - started) / 1_000_000);
        return created;
    }

    /**
     * Opens, in the caller's transaction, the periods started by {@code day} of the campaign and of those above it
     * that it takes up, parents first: what a cascade launched that day refines is there before it.
     */
    void openLineage(long campaignId, LocalDate day) {
        var due = jdbc.sql(DUE_SQL + " AND c.id IN (WITH RECURSIVE up AS (SELECT CAST(:campaign AS bigint) AS id"
                        + " UNION SELECT p.parent_id FROM campaign p JOIN up ON p.id = up.id"
                        + " WHERE p.parent_id IS NOT NULL) SELECT id FROM up) ORDER BY c.id")
                .param("day", day)
                .param("campaign", campaignId)
                .query(Long.class)
                .list();
        due.forEach(id -> records.createObligations(id, day));
    }

    /**
     * SQL: a lateral row {@code (periods_opened, periods_total, next_opens_on)} over the calendar periods of the
     * recurring lines of the campaigns {@code campaignIds} (an SQL set or list): how many have opened, of how many,
     * and the first day of the next to open; null counts when none of the lines recurs.
     */
    static String countsSql(String campaignIds) {
        return " LEFT JOIN LATERAL (SELECT count(DISTINCT (s.starts_on, s.ends_on)) FILTER (WHERE s.starts_on <="
                + " r.opened_through)::int AS periods_opened, count(DISTINCT (s.starts_on, s.ends_on))::int AS"
                + " periods_total, min(s.starts_on) FILTER (WHERE s.starts_on > COALESCE(r.opened_through,"
                + " '-infinity')) AS next_opens_on FROM campaign c JOIN campaign_requirement r ON r.campaign_id = c.id"
                + " CROSS JOIN LATERAL " + CampaignRecords.SERIES + " s WHERE c.id IN " + campaignIds
                + " AND s.starts_on IS NOT NULL HAVING count(*) > 0) pc ON true";
    }

    private record Counts(Integer periodsOpened, Integer periodsTotal, LocalDate nextOpensOn) {}

    /**
     * How many periods of the campaign (and of its years, for a term theme) have opened, of how many, and when the
     * next opens; null if none of its lines recurs.
     */
    static Opened of(JdbcClient jdbc, long campaignId) {
        var counts = jdbc.sql("SELECT pc.periods_opened, pc.periods_total, pc.next_opens_on FROM (SELECT 1) x"
                        + countsSql(BoardStatement.CAMPAIGNS))
                .param("campaign", campaignId)
                .query(Counts.class)
                .single();
        return counts.periodsTotal() == null
                ? null
                : new Opened(counts.periodsOpened(), counts.periodsTotal(), counts.nextOpensOn());
    }
}
