package vn.neuguong.member.roster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.neuguong.member.Member;
import vn.neuguong.member.MemberGender;
import vn.neuguong.member.MemberStatus;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.AuditLog.Audited;

/**
 * Writes checked roster rows, thousands per statement: new card numbers become members with their first cell stay,
 * known ones in the importer's cells are updated when something differs, and every change gets its audit row
 * through {@link AuditLog#recordAll}. Runs inside the import's transaction.
 */
@Component
class RosterWriter {

    static final int CHUNK = 5000;
    static final int ANALYZE_AFTER = 10_000;

    private static final String MEMBER = "%1$s.id AS %2$sid, %1$s.full_name AS %2$sfull_name, %1$s.birth_date AS"
            + " %2$sbirth_date, %1$s.gender AS %2$sgender, %1$s.party_card_no AS %2$sparty_card_no, %1$s.admitted_on AS"
            + " %2$sadmitted_on, %1$s.official_on AS %2$sofficial_on, %1$s.cell_id AS %2$scell_id, %3$s AS"
            + " %2$scell_name, %1$s.phone AS %2$sphone, %1$s.email AS %2$semail, %1$s.status AS %2$sstatus,"
            + " %1$s.version AS %2$sversion";

    private static final String UPSERT = """
            WITH input AS (
                SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::date[], ?::date[], ?::bigint[],
                                     ?::text[], ?::text[], ?::text[])
                    AS i(full_name, birth_date, gender, party_card_no, admitted_on, official_on, cell_id, phone,
                         email, status)
            ), before AS (
                SELECT m.* FROM member m WHERE m.party_card_no IN (SELECT party_card_no FROM input)
            ), upserted AS (
                INSERT INTO member AS m (full_name, birth_date, gender, party_card_no, admitted_on, official_on, cell_id,
                                         phone, email, status)
                SELECT full_name, birth_date, gender, party_card_no, admitted_on, official_on, cell_id, phone, email,
                       status
                FROM input
                ON CONFLICT (party_card_no) DO UPDATE
                    SET full_name = excluded.full_name, birth_date = excluded.birth_date, gender = excluded.gender,
                        admitted_on = excluded.admitted_on, official_on = excluded.official_on,
                        cell_id = excluded.cell_id, phone = excluded.phone, email = excluded.email,
                        status = excluded.status, version = m.version + 1
                    WHERE m.cell_id = ANY(?::bigint[])
                      AND (m.full_name, m.birth_date, m.gender, m.admitted_on, m.official_on, m.cell_id, m.phone,
                           m.email, m.status)
                          IS DISTINCT FROM (excluded.full_name, excluded.birth_date, excluded.gender,
                           excluded.admitted_on, excluded.official_on, excluded.cell_id, excluded.phone,
                           excluded.email, excluded.status)
                RETURNING m.*, (m.xmax = 0) AS inserted
            ), opened AS (
                INSERT INTO member_cell_history (member_id, cell_id, joined_on)
                SELECT u.id, u.cell_id, coalesce(u.admitted_on, ?) FROM upserted u WHERE u.inserted
                RETURNING 1
            )
            SELECT u.inserted, %s, %s FROM upserted u LEFT JOIN before b ON b.id = u.id
            """.formatted(
                    MEMBER.formatted("u", "", TreeSql.name("u.cell_id")),
                    MEMBER.formatted("b", "b_", TreeSql.name("b.cell_id")));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    RosterWriter(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** How many members a write created and updated. */
    record Counts(int created, int updated) {}

    Counts write(List<RosterChecks.Checked> rows, Long[] scopeCells, LocalDate today) {
        int created = 0;
        int updated = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            var changes = jdbc.execute(
                    (ConnectionCallback<List<Audited>>) connection -> upsert(connection, chunk, scopeCells, today));
            audit.recordAll("Member", changes);
            for (var change : changes) {
                if (change.before() == null) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        moveCells(rows, today);
        if (created >= ANALYZE_AFTER) {
            // a big load leaves the planner's row estimates far off, and searches pick poor plans until it knows
            jdbc.execute("ANALYZE member");
        }
        return new Counts(created, updated);
    }

    /** A known member whose cell the file changes has left the old cell and joined the new one today. */
    private void moveCells(List<RosterChecks.Checked> rows, LocalDate today) {
        var moved = rows.stream()
                .filter(row -> row.known() != null
                        && row.known().cellId() != row.input().cellId())
                .toList();
        if (moved.isEmpty()) {
            return;
        }
        Long[] ids = moved.stream().map(row -> row.known().id()).toArray(Long[]::new);
        Long[] toCells = moved.stream().map(row -> row.input().cellId()).toArray(Long[]::new);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var close = connection.prepareStatement("UPDATE member_cell_history SET left_on = ? "
                    + "WHERE member_id = ANY(?::bigint[]) AND left_on IS NULL")) {
                close.setObject(1, today);
                close.setArray(2, connection.createArrayOf("bigint", ids));
                close.executeUpdate();
            }
            try (var open =
                    connection.prepareStatement("INSERT INTO member_cell_history (member_id, cell_id, joined_on, note) "
                            + "SELECT id, cell, ?, ? FROM unnest(?::bigint[], ?::bigint[]) AS t(id, cell)")) {
                open.setObject(1, today);
                open.setString(2, "import");
                open.setArray(3, connection.createArrayOf("bigint", ids));
                open.setArray(4, connection.createArrayOf("bigint", toCells));
                open.executeUpdate();
            }
            return null;
        });
    }

    private static List<Audited> upsert(
            Connection connection, List<RosterChecks.Checked> chunk, Long[] scopeCells, LocalDate today)
            throws SQLException {
        int n = chunk.size();
        String[][] texts = new String[9][n];
        Long[] cellIds = new Long[n];
        for (int i = 0; i < n; i++) {
            var input = chunk.get(i).input();
            texts[0][i] = input.fullName();
            texts[1][i] = text(input.birthDate());
            texts[2][i] = input.gender() == null ? null : input.gender().name();
            texts[3][i] = input.partyCardNo();
            texts[4][i] = text(input.admittedOn());
            texts[5][i] = text(input.officialOn());
            cellIds[i] = input.cellId();
            texts[6][i] = input.phone();
            texts[7][i] = input.email();
            texts[8][i] = input.status().name();
        }
        try (var statement = connection.prepareStatement(UPSERT)) {
            String[] types = {"text", "date", "text", "text", "date", "date"};
            for (int i = 0; i < 6; i++) {
                statement.setArray(i + 1, connection.createArrayOf(types[i], texts[i]));
            }
            statement.setArray(7, connection.createArrayOf("bigint", cellIds));
            statement.setArray(8, connection.createArrayOf("text", texts[6]));
            statement.setArray(9, connection.createArrayOf("text", texts[7]));
            statement.setArray(10, connection.createArrayOf("text", texts[8]));
            statement.setArray(11, connection.createArrayOf("bigint", scopeCells));
            statement.setObject(12, today);
            var changes = new ArrayList<Audited>(n);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    var after = member(result, "");
                    var before = result.getBoolean("inserted") ? null : member(result, "b_");
                    changes.add(new Audited(after.id(), after.cellId(), before, after));
                }
            }
            return changes;
        }
    }

    private static Member member(ResultSet rs, String prefix) throws SQLException {
        String gender = rs.getString(prefix + "gender");
        return new Member(
                rs.getLong(prefix + "id"),
                rs.getString(prefix + "full_name"),
                rs.getObject(prefix + "birth_date", LocalDate.class),
                gender == null ? null : MemberGender.valueOf(gender),
                rs.getString(prefix + "party_card_no"),
                rs.getObject(prefix + "admitted_on", LocalDate.class),
                rs.getObject(prefix + "official_on", LocalDate.class),
                rs.getLong(prefix + "cell_id"),
                rs.getString(prefix + "cell_name"),
                rs.getString(prefix + "phone"),
                rs.getString(prefix + "email"),
                MemberStatus.valueOf(rs.getString(prefix + "status")),
                rs.getInt(prefix + "version"));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
