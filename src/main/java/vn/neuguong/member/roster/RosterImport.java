package vn.neuguong.member.roster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.member.MemberCells;
import vn.neuguong.member.MemberInput;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Imports a roster file (CSV or XLSX, columns in {@link RosterColumn}). The file is read in Java, its rows copied
 * into a staging table with PostgreSQL COPY, checked there in one statement and written from there in a few set
 * statements, all in one transaction: one bad row and nothing is written, the caller gets every error with its row
 * and column. New card numbers become members, known ones in the caller's scope are updated (a changed cell counts
 * as a transfer), unchanged rows are left alone, so importing the same file twice changes nothing the second time.
 * Each step's time goes to the timer {@value #TIMER}, tagged by {@code step}: parse, copy, validate, write (and
 * write.update, write.create, write.audit, write.analyze within it).
 */
@Service
public class RosterImport {

    public static final String TIMER = "neuguong.roster.import";

    private final MemberCells cells;
    private final RosterStaging staging;
    private final RosterChecks checks;
    private final RosterWriter writer;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;

    RosterImport(
            MemberCells cells,
            RosterStaging staging,
            RosterChecks checks,
            RosterWriter writer,
            TransactionTemplate transaction,
            Clock clock,
            MeterRegistry meters) {
        this.cells = cells;
        this.staging = staging;
        this.checks = checks;
        this.writer = writer;
        this.transaction = transaction;
        this.clock = clock;
        this.meters = meters;
    }

    /** How an import went: rows read, members created, members updated; the rest were already as in the file. */
    @Schema(name = "ImportResult")
    public record Result(int rows, int created, int updated, int unchanged) {

        Result(int rows, RosterWriter.Counts counts) {
            this(rows, counts.created(), counts.updated(), rows - counts.created() - counts.updated());
        }
    }

    public Result importRoster(String filename, InputStream content, Actor actor) {
        var errors = new ArrayList<FieldError>();
        var read = timed("parse", () -> {
            List<RosterRow> rows = RosterReader.read(filename, content);
            if (rows.isEmpty()) {
                throw new InvalidInputException("file", "roster.file.empty");
            }
            var scopeCells = new RosterCells(cells.cells(Scope.of(actor)));
            return new Read(rows, scopeCells, new RosterEntries(scopeCells).read(rows, errors));
        });
        LocalDate today = LocalDate.now(clock);
        return transaction.execute(status -> {
            timed("copy", () -> staging.copy(read.entries()));
            timed("validate", () -> {
                errors.addAll(checks.check(read.rows(), actor, today));
                if (!errors.isEmpty()) {
                    // a row's unreadable values first, then what the rules found, as the file's rows come
                    errors.sort(Comparator.comparing(FieldError::row));
                    throw new InvalidInputException(errors);
                }
                return null;
            });
            var counts = timed("write", () -> writer.write(read.cells().ids(), today));
            return new Result(read.rows().size(), counts);
        });
    }

    /**
     * Writes members whose card numbers are not registered yet, produced by the demo data: checked by the rules of
     * {@link MemberInput}, then written by the import's statements, so they get their cell history and audit rows.
     */
    public Result load(List<MemberInput> inputs, Actor actor) {
        var scopeCells = new RosterCells(cells.cells(Scope.of(actor)));
        LocalDate today = LocalDate.now(clock);
        var entries = new ArrayList<RosterStaging.Entry>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            var problems = checks.problems(inputs.get(i), today);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            entries.add(new RosterStaging.Entry(i + 1, inputs.get(i).normalized()));
        }
        return transaction.execute(status -> {
            staging.copy(entries);
            return new Result(entries.size(), writer.write(scopeCells.ids(), today));
        });
    }

    private record Read(List<RosterRow> rows, RosterCells cells, List<RosterStaging.Entry> entries) {}

    private <T> T timed(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            Timer.builder(TIMER)
                    .tag("step", step)
                    .register(meters)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
