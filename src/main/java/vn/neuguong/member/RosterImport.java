package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Imports a roster file (CSV or XLSX, columns in {@link RosterColumn}). Every row is checked first; one bad row
 * and nothing is written, the caller gets every error with its row and column. A good file is written in one
 * transaction, thousands of rows per statement: new card numbers become members, known ones in the caller's
 * scope are updated (a changed cell counts as a transfer), unchanged rows are left alone, so importing the same
 * file twice changes nothing the second time.
 */
@Service
public class RosterImport {

    static final int CHUNK = 5000;
    static final int ANALYZE_AFTER = 10_000;

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final Map<String, MemberGender> GENDERS = Map.of(
            "nam", MemberGender.MALE,
            "male", MemberGender.MALE,
            "nu", MemberGender.FEMALE,
            "female", MemberGender.FEMALE,
            "khac", MemberGender.OTHER,
            "other", MemberGender.OTHER);

    private static final Map<String, MemberStatus> STATUSES = Map.ofEntries(
            Map.entry("dang sinh hoat", MemberStatus.ACTIVE),
            Map.entry("active", MemberStatus.ACTIVE),
            Map.entry("da chuyen di", MemberStatus.TRANSFERRED_OUT),
            Map.entry("chuyen di", MemberStatus.TRANSFERRED_OUT),
            Map.entry("transferred out", MemberStatus.TRANSFERRED_OUT),
            Map.entry("da tu tran", MemberStatus.DECEASED),
            Map.entry("tu tran", MemberStatus.DECEASED),
            Map.entry("deceased", MemberStatus.DECEASED),
            Map.entry("da xoa ten", MemberStatus.REMOVED),
            Map.entry("xoa ten", MemberStatus.REMOVED),
            Map.entry("removed", MemberStatus.REMOVED));

    /** Which roster column reports a problem {@link MemberInput} finds in one of its fields. */
    private static final Map<String, RosterColumn> FIELD_COLUMNS = Map.of(
            "fullName", RosterColumn.FULL_NAME,
            "birthDate", RosterColumn.BIRTH_DATE,
            "partyCardNo", RosterColumn.PARTY_CARD_NO,
            "admittedOn", RosterColumn.ADMITTED_ON,
            "officialOn", RosterColumn.OFFICIAL_ON,
            "phone", RosterColumn.PHONE,
            "email", RosterColumn.EMAIL);

    private static final String MEMBER_JSON = """
            jsonb_build_object('id', %1$s.id, 'fullName', %1$s.full_name, 'birthDate', %1$s.birth_date,
                'gender', %1$s.gender, 'partyCardNo', %1$s.party_card_no, 'admittedOn', %1$s.admitted_on,
                'officialOn', %1$s.official_on, 'cellId', %1$s.cell_id, 'cellName', %2$s.name, 'phone', %1$s.phone,
                'email', %1$s.email, 'status', %1$s.status, 'version', %1$s.version)""";

    private static final String UPSERT =
            """
            WITH input AS (
                SELECT * FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::date[], ?::date[], ?::bigint[],
                                     ?::text[], ?::text[], ?::text[])
                    AS i(full_name, birth_date, gender, party_card_no, admitted_on, official_on, cell_id, phone,
                         email, status)
            ), before AS (
                SELECT m.id, %1$s AS value
                FROM member m JOIN organization o ON o.id = m.cell_id
                WHERE m.party_card_no IN (SELECT party_card_no FROM input)
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
                SELECT u.id, u.cell_id, coalesce(u.admitted_on, current_date) FROM upserted u WHERE u.inserted
                RETURNING 1
            ), audited AS (
                INSERT INTO audit_log (actor, action, entity_type, entity_id, organization_id, organization_path,
                                       before_value, after_value)
                SELECT ?, CASE WHEN u.inserted THEN 'CREATE' ELSE 'UPDATE' END, 'Member', u.id::text, u.cell_id,
                       o.path, b.value, %2$s
                FROM upserted u JOIN organization o ON o.id = u.cell_id LEFT JOIN before b ON b.id = u.id
                RETURNING 1
            )
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
            """.formatted(MEMBER_JSON.formatted("m", "o"), MEMBER_JSON.formatted("u", "o"));

    private final Members members;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    RosterImport(Members members, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.members = members;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** How an import went: rows read, members created, members updated; the rest were already as in the file. */
    @Schema(name = "ImportResult")
    public record Result(int rows, int created, int updated, int unchanged) {

        Result(int rows, int created, int updated) {
            this(rows, created, updated, rows - created - updated);
        }
    }

    /** A checked row: the member it describes, placed in a cell of the caller's scope. */
    private record Checked(int row, MemberInput input, Known known) {}

    /** A member already registered under a card number of the file. */
    private record Known(long id, long cellId, boolean writable) {}

    public Result importRoster(String filename, InputStream content, Actor actor) {
        List<RosterRow> rows = RosterReader.read(filename, content);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "roster.file.empty");
        }
        var cells = new RosterCells(members.cells(Scope.of(actor)));
        List<Checked> checked = check(rows, cells, actor);
        return transaction.execute(status -> write(checked, cells, actor));
    }

    /**
     * Writes members whose card numbers are not registered yet, already checked by their producer (the demo data):
     * the same statements as a file import, so they get their cell history and audit rows.
     */
    Result load(List<MemberInput> inputs, Actor actor) {
        var cells = new RosterCells(members.cells(Scope.of(actor)));
        var checked = new ArrayList<Checked>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            var input = inputs.get(i).normalized();
            input.validate();
            checked.add(new Checked(i + 1, input, null));
        }
        return transaction.execute(status -> write(checked, cells, actor));
    }

    private List<Checked> check(List<RosterRow> rows, RosterCells cells, Actor actor) {
        Map<String, Known> known = known(rows, actor);
        var errors = new ArrayList<FieldError>();
        var firstRowOfCard = new HashMap<String, Integer>();
        var checked = new ArrayList<Checked>(rows.size());
        for (var row : rows) {
            int before = errors.size();
            LocalDate birth = date(row, RosterColumn.BIRTH_DATE, errors);
            LocalDate admitted = date(row, RosterColumn.ADMITTED_ON, errors);
            LocalDate official = date(row, RosterColumn.OFFICIAL_ON, errors);
            MemberGender gender = choice(row, RosterColumn.GENDER, GENDERS, "roster.gender.invalid", errors);
            MemberStatus status = choice(row, RosterColumn.STATUS, STATUSES, "roster.status.invalid", errors);
            Long cellId = null;
            String cell = row.get(RosterColumn.CELL);
            if (cell == null) {
                errors.add(error(row, RosterColumn.CELL, "validation.required", null));
            } else {
                var resolved = cells.resolve(cell);
                if (resolved.size() == 1) {
                    cellId = resolved.get(0);
                } else {
                    String problem = resolved.isEmpty() ? "roster.cell.unknown" : "roster.cell.ambiguous";
                    errors.add(error(row, RosterColumn.CELL, problem, cell));
                }
            }
            var input = new MemberInput(
                            row.get(RosterColumn.FULL_NAME),
                            birth,
                            gender,
                            row.get(RosterColumn.PARTY_CARD_NO),
                            admitted,
                            official,
                            cellId,
                            row.get(RosterColumn.PHONE),
                            row.get(RosterColumn.EMAIL),
                            status)
                    .normalized();
            for (var problem : input.problems()) {
                var column = FIELD_COLUMNS.get(problem.field());
                errors.add(error(row, column, problem.message(), row.get(column)));
            }
            String card = input.partyCardNo();
            Known existing = card == null ? null : known.get(card);
            if (card != null) {
                Integer first = firstRowOfCard.putIfAbsent(card, row.row());
                if (first != null) {
                    errors.add(error(row, RosterColumn.PARTY_CARD_NO, "roster.card.duplicate", card));
                } else if (existing != null && !existing.writable()) {
                    errors.add(error(row, RosterColumn.PARTY_CARD_NO, Members.UNUSABLE_CARD, card));
                }
            }
            if (errors.size() == before) {
                checked.add(new Checked(row.row(), input, existing));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }

    /** The members already registered under the file's card numbers, and whether the actor may change each. */
    private Map<String, Known> known(List<RosterRow> rows, Actor actor) {
        var scope = Scope.of(actor);
        String[] cards = rows.stream()
                .map(row -> row.get(RosterColumn.PARTY_CARD_NO))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toArray(String[]::new);
        var known = new HashMap<String, Known>();
        var sql = "SELECT m.party_card_no, m.id, m.cell_id, " + scope.covers("o.path") + " AS writable "
                + "FROM member m JOIN organization o ON o.id = m.cell_id WHERE m.party_card_no = ANY(:cards)";
        new NamedParameterJdbcTemplate(jdbc)
                .query(sql, new MapSqlParameterSource(scope.parameters()).addValue("cards", cards, Types.ARRAY), rs -> {
                    known.put(rs.getString(1), new Known(rs.getLong(2), rs.getLong(3), rs.getBoolean(4)));
                });
        return known;
    }

    private Result write(List<Checked> rows, RosterCells cells, Actor actor) {
        int created = 0;
        int updated = 0;
        Long[] scopeCells = cells.ids();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            int[] counts = jdbc.execute(
                    (ConnectionCallback<int[]>) connection -> upsert(connection, chunk, scopeCells, actor));
            created += counts[0];
            updated += counts[1];
        }
        var moved = rows.stream()
                .filter(row -> row.known() != null
                        && row.known().cellId() != row.input().cellId())
                .toList();
        if (!moved.isEmpty()) {
            Long[] ids = moved.stream().map(row -> row.known().id()).toArray(Long[]::new);
            Long[] toCells = moved.stream().map(row -> row.input().cellId()).toArray(Long[]::new);
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (var close = connection.prepareStatement("UPDATE member_cell_history SET left_on = current_date "
                        + "WHERE member_id = ANY(?::bigint[]) AND left_on IS NULL")) {
                    close.setArray(1, connection.createArrayOf("bigint", ids));
                    close.executeUpdate();
                }
                try (var open = connection.prepareStatement(
                        "INSERT INTO member_cell_history (member_id, cell_id, joined_on, note) "
                                + "SELECT id, cell, current_date, ? FROM unnest(?::bigint[], ?::bigint[]) AS t(id, cell)")) {
                    open.setString(1, "import");
                    open.setArray(2, connection.createArrayOf("bigint", ids));
                    open.setArray(3, connection.createArrayOf("bigint", toCells));
                    open.executeUpdate();
                }
                return null;
            });
        }
        if (created >= ANALYZE_AFTER) {
            // a big load leaves the planner's row estimates far off, and searches pick poor plans until it knows
            jdbc.execute("ANALYZE member");
        }
        return new Result(rows.size(), created, updated);
    }

    private static int[] upsert(Connection connection, List<Checked> chunk, Long[] scopeCells, Actor actor)
            throws SQLException {
        int n = chunk.size();
        String[] names = new String[n];
        String[] births = new String[n];
        String[] genders = new String[n];
        String[] cards = new String[n];
        String[] admitted = new String[n];
        String[] official = new String[n];
        Long[] cellIds = new Long[n];
        String[] phones = new String[n];
        String[] emails = new String[n];
        String[] statuses = new String[n];
        for (int i = 0; i < n; i++) {
            var input = chunk.get(i).input();
            names[i] = input.fullName();
            births[i] = text(input.birthDate());
            genders[i] = input.gender() == null ? null : input.gender().name();
            cards[i] = input.partyCardNo();
            admitted[i] = text(input.admittedOn());
            official[i] = text(input.officialOn());
            cellIds[i] = input.cellId();
            phones[i] = input.phone();
            emails[i] = input.email();
            statuses[i] = input.status().name();
        }
        try (var statement = connection.prepareStatement(UPSERT)) {
            statement.setArray(1, connection.createArrayOf("text", names));
            statement.setArray(2, connection.createArrayOf("date", births));
            statement.setArray(3, connection.createArrayOf("text", genders));
            statement.setArray(4, connection.createArrayOf("text", cards));
            statement.setArray(5, connection.createArrayOf("date", admitted));
            statement.setArray(6, connection.createArrayOf("date", official));
            statement.setArray(7, connection.createArrayOf("bigint", cellIds));
            statement.setArray(8, connection.createArrayOf("text", phones));
            statement.setArray(9, connection.createArrayOf("text", emails));
            statement.setArray(10, connection.createArrayOf("text", statuses));
            statement.setArray(11, connection.createArrayOf("bigint", scopeCells));
            statement.setString(12, actor.username());
            try (var result = statement.executeQuery()) {
                result.next();
                return new int[] {result.getInt(1), result.getInt(2)};
            }
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(RosterRow row, RosterColumn column, List<FieldError> errors) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        errors.add(error(row, column, "roster.date.invalid", text));
        return null;
    }

    private static <T> T choice(
            RosterRow row, RosterColumn column, Map<String, T> choices, String problem, List<FieldError> errors) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        T value = choices.get(RosterColumn.fold(text));
        if (value == null) {
            value = choices.get(RosterColumn.fold(text.replace('_', ' ')));
        }
        if (value == null) {
            errors.add(error(row, column, problem, text));
        }
        return value;
    }

    private static FieldError error(RosterRow row, RosterColumn column, String message, String value) {
        return new FieldError(row.header(column), message, row.row(), value);
    }
}
