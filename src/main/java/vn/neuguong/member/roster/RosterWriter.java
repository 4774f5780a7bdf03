package vn.neuguong.member.roster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.neuguong.member.Members;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.InvalidInputException;

/**
 * Writes the staged rows of a checked roster as sets, a statement per kind of change: known card numbers in the
 * importer's cells are updated when something differs (a changed cell closes the member's stay and opens one in
 * the new cell today), new ones become members with their first cell stay, and every change gets its audit row
 * through {@link AuditLog#recordAllOf}. Runs inside the import's transaction, after {@link RosterStaging#copy}.
 */
@Component
class RosterWriter {

    static final int ANALYZE_AFTER = 10_000;

    /**
     * A member as Jackson writes {@code vn.neuguong.member.Member} to the audit log (its {@code isActive()} too), from
     * the row {@code m}.
     */
    private static final String MEMBER_JSON = "jsonb_build_object('id', m.id, 'fullName', m.full_name, 'birthDate',"
            + " m.birth_date, 'gender', m.gender, 'partyCardNo', m.party_card_no, 'admittedOn', m.admitted_on,"
            + " 'officialOn', m.official_on, 'cellId', m.cell_id, 'cellName', " + TreeSql.name("m.cell_id")
            + ", 'phone', m.phone, 'email', m.email, 'status', m.status, 'version', m.version,"
            + " 'active', m.status = 'ACTIVE')";

    private static final String FIELDS =
            "full_name, birth_date, gender, party_card_no, admitted_on, official_on, cell_id, phone, email, status";

    /**
     * The registered members the file changes, locked, with how they were. The scope's cells unnested: a hash of
     * them, where {@code = ANY} of a parameter would search the whole array for every row (a nation's cells).
     */
    private static final String CHANGED = """
            INSERT INTO roster_change (row, member_id, old_cell_id, before_value)
            SELECT s.row, m.id, m.cell_id, %s
            FROM roster_staging s JOIN member m ON m.party_card_no = s.party_card_no
            WHERE m.cell_id IN (SELECT unnest(?::bigint[]))
              AND (m.full_name, m.birth_date, m.gender, m.admitted_on, m.official_on, m.cell_id, m.phone, m.email,
                   m.status)
                  IS DISTINCT FROM (s.full_name, s.birth_date, s.gender, s.admitted_on, s.official_on, s.cell_id,
                   s.phone, s.email, s.status)
            FOR UPDATE OF m
            """.formatted(MEMBER_JSON);

    private static final String UPDATE = """
            UPDATE member m
            SET full_name = s.full_name, birth_date = s.birth_date, gender = s.gender, admitted_on = s.admitted_on,
                official_on = s.official_on, cell_id = s.cell_id, phone = s.phone, email = s.email,
                status = s.status, version = m.version + 1
            FROM roster_change c JOIN roster_staging s ON s.row = c.row
            WHERE m.id = c.member_id
            """;

    private static final String MOVED =
            " FROM roster_change c JOIN roster_staging s ON s.row = c.row" + " WHERE s.cell_id <> c.old_cell_id";

    private static final String LEFT = "UPDATE member_cell_history h SET left_on = ?" + MOVED
            + " AND h.member_id = c.member_id AND h.left_on IS NULL";

    private static final String JOINED = "INSERT INTO member_cell_history (member_id, cell_id, joined_on, note)"
            + " SELECT c.member_id, s.cell_id, ?, 'import'" + MOVED;

    /** New card numbers, in the file's order, with their first stay; their ids joined to the changes. */
    private static final String CREATE = """
            WITH created AS (
                INSERT INTO member (%1$s)
                SELECT %1$s FROM roster_staging s
                WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.party_card_no = s.party_card_no)
                ORDER BY s.row
                RETURNING id, cell_id, admitted_on
            ), opened AS (
                INSERT INTO member_cell_history (member_id, cell_id, joined_on)
                SELECT id, cell_id, coalesce(admitted_on, ?) FROM created
            )
            INSERT INTO roster_change (member_id) SELECT id FROM created
            """.formatted(FIELDS);

    /** The audit rows: the member after the change beside how it was (none when created). */
    private static final String AUDITED = "SELECT CASE WHEN c.before_value IS NULL THEN 'CREATE' ELSE 'UPDATE' END,"
            + " m.id::text, m.cell_id, c.before_value, " + MEMBER_JSON
            + " FROM roster_change c JOIN member m ON m.id = c.member_id ORDER BY c.member_id";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    private final MeterRegistry meters;

    RosterWriter(JdbcTemplate jdbc, AuditLog audit, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.meters = meters;
    }

    /** How many members a write created and updated. */
    record Counts(int created, int updated) {}

    /** Writes the staged rows; each statement's time goes to {@link RosterImport#TIMER}, steps write.*. */
    Counts write(Long[] scopeCells, LocalDate today) {
        int updated = timed("write.update", () -> {
            jdbc.update(
                    CHANGED,
                    statement -> statement.setArray(1, statement.getConnection().createArrayOf("bigint", scopeCells)));
            int count = jdbc.update(UPDATE);
            if (count > 0) {
                jdbc.update(LEFT, today);
                jdbc.update(JOINED, today);
            }
            return count;
        });
        int created = timed("write.create", () -> {
            try {
                return jdbc.update(CREATE, today);
            } catch (DuplicateKeyException e) {
                // another import or form registered one of the cards since the check: nothing of this file is kept
                throw new InvalidInputException(RosterColumn.PARTY_CARD_NO.heading, Members.UNUSABLE_CARD);
            }
        });
        timed("write.audit", () -> audit.recordAllOf("Member", AUDITED));
        if (created >= ANALYZE_AFTER) {
            // a big load leaves the planner's row estimates far off, and searches pick poor plans until it knows
            timed("write.analyze", () -> {
                jdbc.execute("ANALYZE member");
                return 0;
            });
        }
        return new Counts(created, updated);
    }

    private int timed(String step, IntSupplier work) {
        long start = System.nanoTime();
        try {
            return work.getAsInt();
        } finally {
            Timer.builder(RosterImport.TIMER)
                    .tag("step", step)
                    .register(meters)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
