package vn.neuguong.campaign;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the roll-up's pending deltas (appended by the obligations' triggers, V143__board_tally.sql, and the members',
 * V146__board_members.sql) into its base,
 * one row per ancestor of each delta's organization, then drops the base rows brought back to nothing. The board
 * reads base + pending deltas, so folding changes no figure; it keeps the deltas a board reads few. A delta
 * committed while a fold runs is not seen by its DELETE and waits for the next fold.
 */
@Component
public class BoardTallyFold {

    private static final Logger log = LoggerFactory.getLogger(BoardTallyFold.class);

    private static final String MEASURES =
            "total, on_time, late, by_hand, due, awaiting, awaiting_on_time, awaiting_due";

    private static final String FOLD = "WITH d AS (DELETE FROM board_tally_delta RETURNING *), s AS (SELECT"
            + " d.campaign_id, d.requirement_id, d.path, d.party, d.period_starts_on, d.period_ends_on, d.day, "
            + sums("d") + " FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7) INSERT INTO board_tally (campaign_id, node_path,"
            + " parent_path, requirement_id, party, period_starts_on, period_ends_on, day, " + MEASURES + ")"
            + " SELECT s.campaign_id, subpath(s.path, 0, a.i), subpath(s.path, 0, a.i - 1), s.requirement_id,"
            + " s.party, s.period_starts_on, s.period_ends_on, s.day, " + sums("s")
            + " FROM s CROSS JOIN LATERAL generate_series(1, nlevel(s.path)) a (i) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
            + " ON CONFLICT ON CONSTRAINT board_tally_key DO UPDATE SET " + added();

    private static final String EMPTY = "DELETE FROM board_tally WHERE total = 0 AND on_time = 0 AND late = 0"
            + " AND by_hand = 0 AND due = 0 AND awaiting = 0 AND awaiting_on_time = 0 AND awaiting_due = 0";

    /**
     * The members' deltas (V146__board_members.sql) into their base: per ancestor of the cell, and per year, month and
     * day of the event.
     */
    private static final String MEMBER_FOLD = "WITH d AS (DELETE FROM board_member_delta RETURNING *), s AS (SELECT"
            + " d.path, d.day, sum(d.on_roll) AS on_roll, sum(d.expected) AS expected FROM d GROUP BY 1, 2), g AS"
            + " (SELECT s.path, b.grain, b.bucket, sum(s.on_roll) AS on_roll, sum(s.expected) AS expected FROM s"
            + " CROSS JOIN LATERAL (VALUES ('Y', CAST(date_trunc('year', s.day) AS date)), ('M',"
            + " CAST(date_trunc('month', s.day) AS date)), ('D', s.day)) b (grain, bucket) GROUP BY 1, 2, 3)"
            + " INSERT INTO board_member_tally (node_path, parent_path, grain, bucket, on_roll, expected)"
            + " SELECT subpath(g.path, 0, a.i), subpath(g.path, 0, a.i - 1), g.grain, g.bucket, sum(g.on_roll),"
            + " sum(g.expected) FROM g CROSS JOIN LATERAL generate_series(1, nlevel(g.path)) a (i)"
            + " GROUP BY 1, 2, 3, 4 ON CONFLICT ON CONSTRAINT board_member_tally_key DO UPDATE SET"
            + " on_roll = board_member_tally.on_roll + excluded.on_roll,"
            + " expected = board_member_tally.expected + excluded.expected";

    private static final String MEMBER_EMPTY = "DELETE FROM board_member_tally WHERE on_roll = 0 AND expected = 0";

    /** A fold this large (a launch, a bulk change) is followed by a vacuum of the deltas' table. */
    private static final int BIG = 10_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    BoardTallyFold(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    private static String sums(String alias) {
        return String.join(
                ", ",
                java.util.Arrays.stream(MEASURES.split(", "))
                        .map(m -> "sum(" + alias + "." + m + ") AS " + m)
                        .toList());
    }

    private static String added() {
        return String.join(
                ", ",
                java.util.Arrays.stream(MEASURES.split(", "))
                        .map(m -> m + " = board_tally." + m + " + excluded." + m)
                        .toList());
    }

    @Scheduled(fixedDelayString = "${neuguong.board.fold-delay:PT1M}")
    @SchedulerLock(name = "board-tally-fold", lockAtMostFor = "PT30M")
    public void scheduled() {
        fold();
    }

    /** Folds every delta committed so far; returns how many base rows it wrote. */
    public int fold() {
        long started = System.nanoTime();
        int written = transaction.execute(status -> {
            int rows = jdbc.sql(FOLD).update();
            jdbc.sql(EMPTY).update();
            rows += jdbc.sql(MEMBER_FOLD).update();
            jdbc.sql(MEMBER_EMPTY).update();
            return rows;
        });
        if (written > 0) {
            log.info("Board roll-up folded: {} rows in {} ms", written, (System.nanoTime() - started) / 1_000_000);
        }
        if (written >= BIG) {
            // the deltas' table and its indexes would stay as large as the backlog was, and every board reads them;
            // the base keeps the rows the fold's upserts left dead, and its statistics lag (the first fold after
            // the members' roll-up was built wrote 3.75 million rows the planner knew nothing of: a ward's board
            // 15 ms, 9 ms once analyzed)
            jdbc.sql("VACUUM ANALYZE board_tally_delta, board_member_delta, board_tally, board_member_tally")
                    .update();
        }
        return written;
    }
}
