package vn.neuguong.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The dashboard as a workbook with the page's three tables, one sheet each (children, periods, overdue), headed in
 * the reader's language. Counts are numbers, days are dates, percentages are fractions formatted as percent, so a
 * spreadsheet adds them up and charts them again.
 */
final class ReportDashboardWorkbook {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;
    private final Locale locale;

    ReportDashboardWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(ReportDashboard dashboard) {
        try (var workbook = new XSSFWorkbook()) {
            var percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

            var children =
                    sheet(workbook, "children", "organization", "expected", "onTime", "late", "missing", "notYetDue");
            int r = 0;
            for (var child : dashboard.children()) {
                var row = children.createRow(++r);
                row.createCell(0).setCellValue(child.organizationName());
                numbers(row, 1, child.expected(), child.onTime(), child.late(), child.missing(), child.notYetDue());
            }

            var headings = new ArrayList<>(List.of(
                    text("report.dashboard.period"),
                    text("report.dashboard.expected"),
                    text("report.dashboard.onTime"),
                    text("report.dashboard.late"),
                    text("report.dashboard.missing"),
                    text("report.dashboard.notYetDue"),
                    text("report.dashboard.handedOverPercent")));
            if (!dashboard.periods().isEmpty()) {
                for (var ratio : dashboard.periods().get(0).ratios()) {
                    headings.add(ratio.label() + " — " + text("report.dashboard.numerator"));
                    headings.add(ratio.label() + " — " + text("report.dashboard.denominator"));
                    headings.add(ratio.label() + " (%)");
                }
            }
            var periods = workbook.createSheet(text("report.dashboard.sheet.periods"));
            header(periods, headings);
            r = 0;
            for (var period : dashboard.periods()) {
                var row = periods.createRow(++r);
                row.createCell(0).setCellValue(period.label());
                numbers(
                        row,
                        1,
                        period.expected(),
                        period.onTime(),
                        period.late(),
                        period.missing(),
                        period.notYetDue());
                percent(row, 6, period.handedOverPercent(), percent);
                int col = 7;
                for (var ratio : period.ratios()) {
                    if (ratio.numerator() != null) {
                        row.createCell(col).setCellValue(ratio.numerator());
                    }
                    if (ratio.denominator() != null) {
                        row.createCell(col + 1).setCellValue(ratio.denominator());
                    }
                    percent(row, col + 2, ratio.percent(), percent);
                    col += 3;
                }
            }

            var overdue = sheet(workbook, "overdue", "organization", "period", "dueOn", "daysOverdue", "report");
            r = 0;
            for (var late : dashboard.overdue()) {
                var row = overdue.createRow(++r);
                row.createCell(0).setCellValue(late.organizationName());
                row.createCell(1).setCellValue(late.periodLabel());
                var due = row.createCell(2);
                due.setCellValue(late.dueOn());
                due.setCellStyle(date);
                row.createCell(3).setCellValue(late.daysOverdue());
                row.createCell(4).setCellValue(status(late.status()));
            }
            for (var sheet : List.of(children, periods, overdue)) {
                sheet.setColumnWidth(0, 40 * 256);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Dự thảo", "Bị trả lại", or "Chưa lập" for a report not opened. */
    private String status(Report.Status status) {
        return status == null ? text("report.dashboard.notOpened") : text("report.status." + status);
    }

    private Sheet sheet(XSSFWorkbook workbook, String name, String... columns) {
        var sheet = workbook.createSheet(text("report.dashboard.sheet." + name));
        header(
                sheet,
                List.of(columns).stream()
                        .map(c -> text("report.dashboard." + c))
                        .toList());
        return sheet;
    }

    private static void header(Sheet sheet, List<String> headings) {
        var row = sheet.createRow(0);
        for (int i = 0; i < headings.size(); i++) {
            row.createCell(i).setCellValue(headings.get(i));
        }
        sheet.createFreezePane(1, 1);
    }

    private static void numbers(Row row, int from, int... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(from + i).setCellValue(values[i]);
        }
    }

    /** The percentage as the fraction a spreadsheet formats as percent (83.3 → 0.833); blank when there is none. */
    private static void percent(Row row, int col, Double percent, CellStyle style) {
        if (percent != null) {
            var cell = row.createCell(col);
            cell.setCellValue(percent / 100);
            cell.setCellStyle(style);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
