package vn.neuguong.campaign;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.web.Formats;

/**
 * The compliance board as a spreadsheet: every organization of the node's subtree inside the scope, one column per
 * requirement with its status. Rows are written as the query returns them, keeping only a window in memory.
 */
@Component
class ComplianceWorkbook {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ComplianceWorkbook(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    void write(
            Campaign campaign,
            List<Requirement> requirements,
            OrganizationRef node,
            LocalDate asOf,
            boolean overdueOnly,
            Scope scope,
            Locale locale,
            OutputStream out)
            throws IOException {
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
                if (line == null || (overdueOnly && line.overdue == 0)) {
                    return;
                }
                var row = sheet.createRow(++rowIndex[0]);
                row.createCell(0).setCellValue("  ".repeat(line.depth) + line.name);
                row.createCell(1).setCellValue(text("campaign.orgKind." + line.kind, locale));
                line.statuses.forEach((requirement, status) -> {
                    Integer col = column.get(requirement);
                    if (col != null) {
                        row.createCell(col).setCellValue(text("campaign.status." + status, locale));
                    }
                });
                row.createCell(doneColumn).setCellValue(line.done);
                row.createCell(doneColumn + 1).setCellValue(line.statuses.size());
            };
            jdbc.sql("SELECT o.id, o.name, o.kind, o.depth, ob.requirement_id, "
                            + ObligationStatus.sql("ob", "asOf") + " AS status "
                            + "FROM obligation ob JOIN " + TreeSql.subtree("CAST(:nodePath AS ltree)")
                            + " o ON o.id = ob.organization_id WHERE ob.campaign_id = :campaign AND "
                            + scope.covers("o.path") + " ORDER BY o.path, ob.requirement_id")
                    .param("campaign", campaign.id())
                    .param("nodePath", node.path())
                    .param("asOf", asOf)
                    .params(scope.parameters())
                    .query(rs -> {
                        long id = rs.getLong("id");
                        if (current[0] == null || current[0].id != id) {
                            flush.run();
                            current[0] = new OrganizationLine(
                                    id, rs.getString("name"), rs.getString("kind"), rs.getInt("depth"));
                        }
                        var status = ObligationStatus.valueOf(rs.getString("status"));
                        current[0].statuses.put(rs.getLong("requirement_id"), status);
                        if (status == ObligationStatus.DONE_ON_TIME || status == ObligationStatus.DONE_LATE) {
                            current[0].done++;
                        }
                        if (status == ObligationStatus.OVERDUE) {
                            current[0].overdue++;
                        }
                    });
            flush.run();
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** One organization's statuses, gathered while the query is on its rows. */
    private static final class OrganizationLine {
        final long id;
        final String name;
        final String kind;
        final int depth;
        final Map<Long, ObligationStatus> statuses = new java.util.LinkedHashMap<>();
        int done;
        int overdue;

        OrganizationLine(long id, String name, String kind, int depth) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.depth = depth;
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
