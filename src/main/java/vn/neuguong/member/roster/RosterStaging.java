package vn.neuguong.member.roster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.neuguong.member.MemberInput;

/**
 * Puts the rows of one import into a temporary table with PostgreSQL COPY, on the connection of the import's
 * transaction, for {@link RosterChecks} and {@link RosterWriter} to work on as sets. The table is the session's
 * own (two imports at once, on this node or another, never see each other's rows) and goes at commit or rollback.
 */
@Component
class RosterStaging {

    /** A row of the file as read: its number as the spreadsheet shows it and the member it describes, normalized. */
    record Entry(int row, MemberInput input) {}

    static final String TABLE = "roster_staging";

    /** The members the write changed (before_value null when it created them), for the history and audit rows. */
    static final String CHANGES = "roster_change";

    private static final String CREATE = """
            CREATE TEMPORARY TABLE roster_staging (
                row int NOT NULL, full_name text, birth_date date, gender text, party_card_no text, admitted_on date,
                official_on date, cell_id bigint, phone text, email text, status text
            ) ON COMMIT DROP;
            CREATE TEMPORARY TABLE roster_change (
                row int, member_id bigint NOT NULL, old_cell_id bigint, before_value jsonb
            ) ON COMMIT DROP
            """;

    private static final int FLUSH_AT = 1 << 20;

    private final DataSource dataSource;

    RosterStaging(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the import's tables and copies the rows in; returns how many rows PostgreSQL took. */
    long copy(List<Entry> entries) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A roster is staged inside the transaction of its import");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS roster_staging, roster_change");
                statement.execute(CREATE);
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY roster_staging FROM STDIN");
            try {
                var text = new StringBuilder(FLUSH_AT + 4096);
                for (var entry : entries) {
                    line(text, entry);
                    if (text.length() >= FLUSH_AT) {
                        flush(copy, text);
                    }
                }
                flush(copy, text);
                long copied = copy.endCopy();
                try (var statement = connection.createStatement()) {
                    // a temporary table is never analyzed by autovacuum; without counts the joins are planned blind
                    statement.execute("ANALYZE roster_staging");
                }
                return copied;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the roster", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void flush(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static void line(StringBuilder out, Entry entry) {
        var input = entry.input();
        out.append(entry.row());
        field(out, input.fullName());
        field(out, input.birthDate());
        field(out, input.gender() == null ? null : input.gender().name());
        field(out, input.partyCardNo());
        field(out, input.admittedOn());
        field(out, input.officialOn());
        field(out, input.cellId() == null ? null : input.cellId().toString());
        field(out, input.phone());
        field(out, input.email());
        field(out, input.status() == null ? null : input.status().name());
        out.append('\n');
    }

    private static void field(StringBuilder out, LocalDate date) {
        field(out, date == null ? null : date.toString());
    }

    /** A value in COPY's text format: tab between columns, \N for null, backslash escapes for the rest. */
    private static void field(StringBuilder out, String value) {
        out.append('\t');
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
