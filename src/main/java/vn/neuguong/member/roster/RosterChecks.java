package vn.neuguong.member.roster;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberInput;
import vn.neuguong.member.Members;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Checks the staged rows of a roster in one statement before anything is written: the member's fields by the rules
 * of {@link MemberInput} (its annotations and {@link MemberInput#problems}, said again in SQL), each card number
 * once in the file and, when already registered, held by a member the importer may change. Errors name row and
 * column, in the order the rows, then the columns, come.
 */
@Component
class RosterChecks {

    /** Which roster column reports a problem {@link MemberInput} finds in one of its fields, in the columns' order. */
    private static final Map<String, RosterColumn> FIELD_COLUMNS = Map.of(
            "fullName", RosterColumn.FULL_NAME,
            "birthDate", RosterColumn.BIRTH_DATE,
            "partyCardNo", RosterColumn.PARTY_CARD_NO,
            "admittedOn", RosterColumn.ADMITTED_ON,
            "officialOn", RosterColumn.OFFICIAL_ON,
            "phone", RosterColumn.PHONE,
            "email", RosterColumn.EMAIL);

    /** Java's \s, which MemberInput's patterns exclude, as a bracket expression of PostgreSQL's. */
    private static final String SPACE = " \\t\\n\\v\\f\\r";

    /** MemberInput's rules as SQL conditions on a staged row {@code s}: column, condition, message. */
    private static final List<Rule> RULES = List.of(
            new Rule(RosterColumn.FULL_NAME, "s.full_name IS NULL", "validation.required"),
            new Rule(RosterColumn.FULL_NAME, "length(s.full_name) > 200", "validation.tooLong"),
            new Rule(RosterColumn.BIRTH_DATE, "s.birth_date > :today", "member.date.future"),
            new Rule(RosterColumn.PARTY_CARD_NO, "s.party_card_no IS NULL", "validation.required"),
            new Rule(
                    RosterColumn.PARTY_CARD_NO,
                    "s.party_card_no !~ '^[A-Za-z0-9./-]{1,30}$'",
                    "member.partyCardNo.invalid"),
            new Rule(RosterColumn.ADMITTED_ON, "s.admitted_on > :today", "member.date.future"),
            new Rule(RosterColumn.OFFICIAL_ON, "s.official_on < s.admitted_on", "member.officialOn.beforeAdmitted"),
            new Rule(RosterColumn.PHONE, "s.phone !~ '^[0-9 +().-]{6,20}$'", "member.phone.invalid"),
            new Rule(RosterColumn.EMAIL, "length(s.email) > 200", "member.email.invalid"),
            new Rule(
                    RosterColumn.EMAIL,
                    "s.email !~ '^[^@%1$s]+@[^@%1$s]+\\.[^@%1$s.]+$'".formatted(SPACE),
                    "member.email.invalid"));

    private record Rule(RosterColumn column, String condition, String message) {}

    /**
     * kind 0: a field's rule, on the rows that break one (the rest are passed over by one test of every rule);
     * kind 1: the card number against the file and the register.
     */
    private static final String CHECK = """
            WITH cards AS (
                SELECT party_card_no, min(row) AS first_row, count(*) AS n
                FROM roster_staging WHERE party_card_no IS NOT NULL GROUP BY party_card_no
            )
            SELECT row, col, message FROM (
                SELECT s.row, p.col, 0 AS kind, p.message
                FROM roster_staging s
                CROSS JOIN LATERAL (VALUES %1$s) AS p(col, message)
                WHERE (%2$s) AND p.message IS NOT NULL
                UNION ALL
                SELECT s.row, %3$d, 1, 'roster.card.duplicate'
                FROM roster_staging s JOIN cards c ON c.party_card_no = s.party_card_no
                WHERE c.n > 1 AND s.row > c.first_row
                UNION ALL
                SELECT c.first_row, %3$d, 1, :unusable
                FROM cards c JOIN member m ON m.party_card_no = c.party_card_no
                WHERE NOT (%4$s)
            ) e
            ORDER BY row, kind, col, message COLLATE "C"
            """;

    private final JdbcTemplate jdbc;
    private final Validator validator;

    RosterChecks(JdbcTemplate jdbc, Validator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /** Every error of the staged rows, each on the row of the file it came from. */
    List<FieldError> check(List<RosterRow> rows, Actor actor, LocalDate today) {
        var scope = Scope.of(actor);
        var values = RULES.stream()
                .map(rule -> "(%d, CASE WHEN %s THEN '%s' END)"
                        .formatted(rule.column().ordinal(), rule.condition(), rule.message()))
                .collect(Collectors.joining(", "));
        var broken = RULES.stream().map(Rule::condition).collect(Collectors.joining(") OR (", "(", ")"));
        var sql = CHECK.formatted(
                values, broken, RosterColumn.PARTY_CARD_NO.ordinal(), scope.coversOrganization("m.cell_id"));
        var parameters =
                new MapSqlParameterSource().addValue("today", today).addValue("unusable", Members.UNUSABLE_CARD);
        return new NamedParameterJdbcTemplate(jdbc).query(sql, parameters, (rs, i) -> {
            var row = row(rows, rs.getInt(1));
            var column = RosterColumn.values()[rs.getInt(2)];
            return RosterValues.error(row, column, rs.getString(3), row.get(column));
        });
    }

    /** What the annotations and the rules of {@link MemberInput} find wrong, field by field in the columns' order. */
    List<FieldError> problems(MemberInput input, LocalDate today) {
        var problems = new ArrayList<FieldError>();
        for (var violation : validator.validate(input)) {
            problems.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        problems.addAll(input.normalized().problems(today));
        problems.sort(Comparator.comparing((FieldError problem) ->
                        FIELD_COLUMNS.get(problem.field()).ordinal())
                .thenComparing(FieldError::message));
        return problems;
    }

    /** The row numbered {@code number}: the reader gives them in increasing order. */
    private static RosterRow row(List<RosterRow> rows, int number) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int found = rows.get(middle).row();
            if (found == number) {
                return rows.get(middle);
            }
            if (found < number) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        throw new IllegalStateException("No row " + number + " in the file");
    }
}
