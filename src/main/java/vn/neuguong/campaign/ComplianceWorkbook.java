package vn.neuguong.campaign;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.ComplianceBoard.Board;
import vn.neuguong.organization.Scope;
import vn.neuguong.web.Formats;

/**
 * The compliance board as a spreadsheet. The first sheet: every organization of the node's subtree inside the scope
 * (the party's own only when asked), one column per line of the campaign with its status (or done of owed, when the
 * line recurs and the whole is shown). The second: the board's rows with the same figures as the page and the API.
 * Rows of the first are written as the query returns them, keeping only a window in memory.
 */
@Component
class ComplianceWorkbook {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ComplianceWorkbook(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    void write(Board board, BoardQuery query, Scope scope, OutputStream out) throws IOException {
        var locale = query.locale();
        var requirements = board.requirements();
        Map<Long, Integer> column = new HashMap<>();
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet(text("campaign.board.sheet", locale));
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue(text("campaign.board.organization", locale));
            header.createCell(1).setCellValue(text("campaign.board.kind", locale));
            for (int i = 0; i < requirements.size(); i++) {
                var r = requirements.get(i);
                column.put(r.id(), i + 2);
                header.createCell(i + 2)
                        .setCellValue(text("campaign.kind." + r.kind(), locale) + " "
                                + (r.label() == null ? "" : r.label() + " ") + "(" + Formats.DATE.format(r.dueOn())
                                + ")");
            }
            int doneColumn = requirements.size() + 2;
            header.createCell(doneColumn).setCellValue(text("campaign.board.done", locale));
            header.createCell(doneColumn + 1).setCellValue(text("campaign.board.total", locale));
            var current = new OrganizationLine[1];
            int[] rowIndex = {0};
            Runnable flush = () -> {
                var line = current[0];
                if (line == null || (query.overdueOnly() && line.overdue == 0)) {
                    return;
                }
                var row = sheet.createRow(++rowIndex[0]);
                row.createCell(0).setCellValue("  ".repeat(line.depth) + line.name);
                row.createCell(1).setCellValue(text("organization.kind." + line.kind, locale));
                line.cells.forEach((requirement, cell) -> {
                    Integer col = column.get(requirement);
                    if (col != null) {
                        row.createCell(col)
                                .setCellValue(
                                        cell.total == 1
                                                ? text("campaign.status." + cell.status, locale)
                                                : cell.done + "/" + cell.total);
                    }
                });
                row.createCell(doneColumn).setCellValue(line.done);
                row.createCell(doneColumn + 1).setCellValue(line.total);
            };
            jdbc.sql("WITH " + BoardStatement.organizations(scope, query.partyOnly()) + " SELECT o.id, o.name,"
                            + " o.kind, o.depth, ob.requirement_id, " + BoardStatement.statusColumns()
                            + " FROM obligation ob JOIN o ON o.id = ob.organization_id WHERE ob.campaign_id ="
                            + " :campaign" + BoardStatement.periodCondition(query)
                            + " ORDER BY o.path, ob.requirement_id, ob.period_starts_on")
                    .params(BoardStatement.parameters(board.campaign().id(), board.node(), query))
                    .query(rs -> {
                        long id = rs.getLong("id");
                        if (current[0] == null || current[0].id != id) {
                            flush.run();
                            current[0] = new OrganizationLine(
                                    id, rs.getString("name"), rs.getString("kind"), rs.getInt("depth"));
                        }
                        String status = rs.getString("status");
                        if (rs.getBoolean("awaiting") && "NOT_YET_DUE".equals(status)) {
                            status = "AWAITING_EVENT";
                        }
                        current[0].add(rs.getLong("requirement_id"), status);
                    });
            flush.run();
            new BoardSheet(messages, locale).write(summary(workbook, locale), board);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private Sheet summary(SXSSFWorkbook workbook, Locale locale) {
        return workbook.createSheet(text("campaign.board.summary", locale));
    }

    /** One line's obligations of one organization: one per period of a recurring line. */
    private static final class Cell {
        int total;
        int done;
        String status;
    }

    /** One organization's lines, gathered while the query is on its rows. */
    private static final class OrganizationLine {
        final long id;
        final String name;
        final String kind;
        final int depth;
        final Map<Long, Cell> cells = new LinkedHashMap<>();
        int done;
        int total;
        int overdue;

        OrganizationLine(long id, String name, String kind, int depth) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.depth = depth;
        }

        void add(long requirement, String status) {
            var cell = cells.computeIfAbsent(requirement, k -> new Cell());
            boolean done = status.startsWith("DONE_");
            cell.total++;
            cell.done += done ? 1 : 0;
            cell.status = status;
            this.total++;
            this.done += done ? 1 : 0;
            this.overdue += status.equals("OVERDUE") ? 1 : 0;
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
