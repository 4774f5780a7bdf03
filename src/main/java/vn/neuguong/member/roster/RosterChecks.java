package vn.neuguong.member.roster;

import jakarta.validation.Validator;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberGender;
import vn.neuguong.member.MemberInput;
import vn.neuguong.member.MemberStatus;
import vn.neuguong.member.Members;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Checks every row of a roster before anything is written: each value readable, the member's fields valid by the
 * annotations of {@link MemberInput} and its rules, the cell one of the importer's, each card number once in the
 * file and, when already registered, held by a member the importer may change. Errors name row and column.
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

    /** A checked row: the member it describes, placed in a cell of the caller's scope. */
    record Checked(int row, MemberInput input, Known known) {}

    /** A member already registered under a card number of the file. */
    record Known(long id, long cellId, boolean writable) {}

    private final JdbcTemplate jdbc;
    private final Validator validator;

    RosterChecks(JdbcTemplate jdbc, Validator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /** The rows' members, or every error of the file at once. */
    List<Checked> check(List<RosterRow> rows, RosterCells cells, Actor actor, LocalDate today) {
        Map<String, Known> known = known(rows, actor);
        var errors = new ArrayList<FieldError>();
        var firstRowOfCard = new HashMap<String, Integer>();
        var checked = new ArrayList<Checked>(rows.size());
        for (var row : rows) {
            int before = errors.size();
            var input = input(row, cells, errors);
            for (var problem : problems(input, today)) {
                var column = FIELD_COLUMNS.get(problem.field());
                errors.add(RosterValues.error(row, column, problem.message(), row.get(column)));
            }
            input = input.normalized();
            String card = input.partyCardNo();
            Known existing = card == null ? null : known.get(card);
            if (card != null) {
                Integer first = firstRowOfCard.putIfAbsent(card, row.row());
                if (first != null) {
                    errors.add(RosterValues.error(row, RosterColumn.PARTY_CARD_NO, "roster.card.duplicate", card));
                } else if (existing != null && !existing.writable()) {
                    errors.add(RosterValues.error(row, RosterColumn.PARTY_CARD_NO, Members.UNUSABLE_CARD, card));
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

    private static MemberInput input(RosterRow row, RosterCells cells, List<FieldError> errors) {
        LocalDate birth = RosterValues.date(row, RosterColumn.BIRTH_DATE, errors);
        LocalDate admitted = RosterValues.date(row, RosterColumn.ADMITTED_ON, errors);
        LocalDate official = RosterValues.date(row, RosterColumn.OFFICIAL_ON, errors);
        MemberGender gender =
                RosterValues.choice(row, RosterColumn.GENDER, RosterValues.GENDERS, "roster.gender.invalid", errors);
        MemberStatus status =
                RosterValues.choice(row, RosterColumn.STATUS, RosterValues.STATUSES, "roster.status.invalid", errors);
        Long cellId = null;
        String cell = row.get(RosterColumn.CELL);
        if (cell == null) {
            errors.add(RosterValues.error(row, RosterColumn.CELL, "validation.required", null));
        } else {
            var resolved = cells.resolve(cell);
            if (resolved.size() == 1) {
                cellId = resolved.get(0);
            } else {
                String problem = resolved.isEmpty() ? "roster.cell.unknown" : "roster.cell.ambiguous";
                errors.add(RosterValues.error(row, RosterColumn.CELL, problem, cell));
            }
        }
        return new MemberInput(
                row.get(RosterColumn.FULL_NAME),
                birth,
                gender,
                row.get(RosterColumn.PARTY_CARD_NO),
                admitted,
                official,
                cellId,
                row.get(RosterColumn.PHONE),
                row.get(RosterColumn.EMAIL),
                status);
    }

    /** The members already registered under the file's card numbers, and whether the actor may change each. */
    private Map<String, Known> known(List<RosterRow> rows, Actor actor) {
        var scope = Scope.of(actor);
        String[] cards = rows.stream()
                .map(row -> row.get(RosterColumn.PARTY_CARD_NO))
                .filter(Objects::nonNull)
                .distinct()
                .toArray(String[]::new);
        var known = new HashMap<String, Known>();
        var sql = "SELECT m.party_card_no, m.id, m.cell_id, " + scope.coversOrganization("m.cell_id")
                + " AS writable FROM member m WHERE m.party_card_no = ANY(:cards)";
        new NamedParameterJdbcTemplate(jdbc)
                .query(sql, new MapSqlParameterSource().addValue("cards", cards, Types.ARRAY), rs -> {
                    known.put(rs.getString(1), new Known(rs.getLong(2), rs.getLong(3), rs.getBoolean(4)));
                });
        return known;
    }
}
