package vn.neuguong.member.roster;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.member.MemberCells;
import vn.neuguong.member.MemberInput;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.InvalidInputException;

/**
 * Imports a roster file (CSV or XLSX, columns in {@link RosterColumn}). Every row is checked first; one bad row
 * and nothing is written, the caller gets every error with its row and column. A good file is written in one
 * transaction, thousands of rows per statement: new card numbers become members, known ones in the caller's
 * scope are updated (a changed cell counts as a transfer), unchanged rows are left alone, so importing the same
 * file twice changes nothing the second time.
 */
@Service
public class RosterImport {

    private final MemberCells cells;
    private final RosterChecks checks;
    private final RosterWriter writer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RosterImport(
            MemberCells cells, RosterChecks checks, RosterWriter writer, TransactionTemplate transaction, Clock clock) {
        this.cells = cells;
        this.checks = checks;
        this.writer = writer;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** How an import went: rows read, members created, members updated; the rest were already as in the file. */
    @Schema(name = "ImportResult")
    public record Result(int rows, int created, int updated, int unchanged) {

        Result(int rows, RosterWriter.Counts counts) {
            this(rows, counts.created(), counts.updated(), rows - counts.created() - counts.updated());
        }
    }

    public Result importRoster(String filename, InputStream content, Actor actor) {
        List<RosterRow> rows = RosterReader.read(filename, content);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "roster.file.empty");
        }
        var scopeCells = new RosterCells(cells.cells(Scope.of(actor)));
        LocalDate today = LocalDate.now(clock);
        var checked = checks.check(rows, scopeCells, actor, today);
        return transaction.execute(
                status -> new Result(checked.size(), writer.write(checked, scopeCells.ids(), today)));
    }

    /**
     * Writes members whose card numbers are not registered yet, produced by the demo data: checked as a file's rows
     * are, then written by the same statements, so they get their cell history and audit rows.
     */
    public Result load(List<MemberInput> inputs, Actor actor) {
        var scopeCells = new RosterCells(cells.cells(Scope.of(actor)));
        LocalDate today = LocalDate.now(clock);
        var checked = new ArrayList<RosterChecks.Checked>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            var problems = checks.problems(inputs.get(i), today);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            checked.add(new RosterChecks.Checked(i + 1, inputs.get(i).normalized(), null));
        }
        return transaction.execute(
                status -> new Result(checked.size(), writer.write(checked, scopeCells.ids(), today)));
    }
}
