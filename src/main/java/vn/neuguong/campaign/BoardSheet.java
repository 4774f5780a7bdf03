package vn.neuguong.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import vn.neuguong.campaign.ComplianceBoard.Board;
import vn.neuguong.campaign.ComplianceBoard.Tally;
import vn.neuguong.web.Formats;

/**
 * The board's own rows on a sheet, the figures the page and the API show: the subtree, the node's own obligations
 * and each child row, per line and per year of a term theme, with the members counted and the rule that counts
 * them, under a heading naming the period and the organizations counted. When the campaign owes members'
 * submissions, the members owed / on time / late / missing of each row follow, as {@link BoardFigures} counts them.
 */
final class BoardSheet {

    private final MessageSource messages;
    private final Locale locale;

    BoardSheet(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(Sheet sheet, Board board) {
        int[] index = {0};
        Function<Integer, Row> next = n -> sheet.createRow(index[0]++);
        next.apply(0)
                .createCell(0)
                .setCellValue(board.campaign().title() + " · " + board.node().name() + " · "
                        + text("campaign.field.asOf") + " " + Formats.DATE.format(board.asOf()));
        next.apply(0)
                .createCell(0)
                .setCellValue(text("campaign.board.period") + ": "
                        + (board.period() == null
                                ? text("campaign.board.period.whole")
                                : String.join(
                                        " / ",
                                        board.shownPeriods().stream()
                                                .map(p -> p.label(messages, locale))
                                                .toList())));
        next.apply(0)
                .createCell(0)
                .setCellValue(text("campaign.board.units") + ": " + text("campaign.board.units." + board.units()));
        next.apply(0).createCell(0).setCellValue(text("campaign.board.members") + ": " + board.countingRule());
        var headings = new ArrayList<String>(List.of(text("campaign.board.organization"), text("campaign.board.kind")));
        board.requirements()
                .forEach(r -> headings.add(text("campaign.kind." + r.kind())
                        + (r.label() == null ? "" : " " + r.label()) + " ("
                        + dueRule(board.line(r.id()).dueDayOnTime(), r.dueOn()) + ")"));
        board.years().forEach(y -> headings.add(y.title()));
        for (var key : List.of("done", "total", "overdue", "awaiting", "handTicked", "rate", "membersExpected")) {
            headings.add(text("campaign.board." + key));
        }
        var submissions = board.memberSubmissions();
        if (submissions != null) {
            for (var key : List.of("owed", "onTime", "late", "missing")) {
                headings.add(text("campaign.board.submissions." + key));
            }
        }
        var header = next.apply(0);
        for (int i = 0; i < headings.size(); i++) {
            header.createCell(i).setCellValue(headings.get(i));
        }
        var subtree = line(next.apply(0), board, text("campaign.board.subtree"), "", board.subtree());
        if (submissions != null) {
            submissions(subtree, submissions.subtree());
        }
        if (board.own() != null) {
            line(next.apply(0), board, text("campaign.board.own"), "", board.own());
        }
        board.children().forEach(row -> {
            var sheetRow = line(next.apply(0), board, row.name(), text("organization.kind." + row.kind()), row);
            if (submissions != null) {
                submissions(sheetRow, submissions.children().get(row.organizationId()));
            }
        });
    }

    /** The row's members owed, on time, late and missing after its other figures; nothing for a row not counted. */
    private static void submissions(Row sheetRow, BoardFigures.Counts counts) {
        if (counts == null) {
            return;
        }
        int col = sheetRow.getLastCellNum();
        for (long value : new long[] {counts.owed(), counts.onTime(), counts.late(), counts.missing()}) {
            sheetRow.createCell(col++).setCellValue(value);
        }
    }

    /** Writes the row's name, kind and figures, and answers the sheet's row for what follows them. */
    private Row line(Row sheetRow, Board board, String name, String kind, ComplianceBoard.Row row) {
        int[] col = {0};
        sheetRow.createCell(col[0]++).setCellValue(name);
        sheetRow.createCell(col[0]++).setCellValue(kind);
        board.requirements().forEach(r -> sheetRow.createCell(col[0]++).setCellValue(ratio(row.of(r.id()))));
        board.years().forEach(y -> sheetRow.createCell(col[0]++).setCellValue(ratio(row.year(y.id()))));
        Tally t = row.total();
        for (long value : new long[] {t.done(), t.total(), t.overdue(), t.awaitingEvent(), t.handTicked()}) {
            sheetRow.createCell(col[0]++).setCellValue(value);
        }
        sheetRow.createCell(col[0]++).setCellValue(t.rate());
        sheetRow.createCell(col[0]).setCellValue(row.membersExpected());
        return sheetRow;
    }

    private static String ratio(Tally tally) {
        return tally.total() == 0 ? "" : tally.done() + "/" + tally.total();
    }

    /** "chậm nhất ngày 30/5/2023" when the due day itself is on time, "trước ngày 30/5/2023" when it is late. */
    String dueRule(boolean dueDayOnTime, java.time.LocalDate dueOn) {
        return messages.getMessage(
                dueDayOnTime ? "campaign.board.due.by" : "campaign.board.due.before",
                new Object[] {dueOn.getDayOfMonth() + "/" + dueOn.getMonthValue() + "/" + dueOn.getYear()},
                locale);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
