package vn.neuguong.ballot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.neuguong.ballot.CountingReport.Report;

/**
 * The counting report as a workbook: the first sheet the round and the counting figures per channel, the second
 * one row per leader, criterion and rating with its count and percentage as numbers.
 */
final class CountingReportXlsx {

    private final CountingReport report;
    private final Locale locale;

    CountingReportXlsx(CountingReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
    }

    byte[] write(Report data) {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet(report.text(locale, "ballot.report.sheet.report"));
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(report.text(locale, "ballot.report.title"));
            for (var line : report.heading(data, locale)) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            cells(sheet.createRow(r++), report.figuresHeader(locale));
            var t = data.results().turnout();
            int[][] numbers = {
                {t.electronicIssued(), t.electronicReturned(), 0, t.electronicReturned()},
                {t.paperIssued(), t.paperReturned(), t.paperInvalid(), t.paperEntered()},
                {t.totalIssued(), t.totalReturned(), t.paperInvalid(), t.electronicReturned() + t.paperEntered()}
            };
            double[] percents = {
                t.electronicPercent().doubleValue(),
                t.paperPercent().doubleValue(),
                t.totalPercent().doubleValue()
            };
            var labels = report.figures(data, locale);
            for (int i = 0; i < numbers.length; i++) {
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(labels.get(i)[0]);
                for (int j = 0; j < numbers[i].length; j++) {
                    row.createCell(j + 1).setCellValue(numbers[i][j]);
                }
                row.createCell(numbers[i].length + 1).setCellValue(percents[i]);
            }
            sheet.setColumnWidth(0, 60 * 256);
            var results = workbook.createSheet(report.text(locale, "ballot.report.sheet.results"));
            cells(
                    results.createRow(0),
                    report.text(locale, "ballot.report.column.leader"),
                    report.text(locale, "ballot.report.column.post"),
                    report.text(locale, "ballot.report.column.criterion"),
                    report.text(locale, "ballot.report.column.rating"),
                    report.text(locale, "ballot.report.column.count"),
                    report.text(locale, "ballot.report.column.percent"));
            int line = 0;
            for (var leader : data.results().leaders()) {
                for (var criterion : leader.criteria()) {
                    for (var share : criterion.shares()) {
                        var row = results.createRow(++line);
                        cells(row, leader.fullName(), leader.post(), criterion.text(), share.label());
                        row.createCell(4).setCellValue(share.count());
                        row.createCell(5).setCellValue(share.percent().doubleValue());
                    }
                }
            }
            results.setColumnWidth(0, 28 * 256);
            results.setColumnWidth(1, 28 * 256);
            results.setColumnWidth(2, 50 * 256);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
