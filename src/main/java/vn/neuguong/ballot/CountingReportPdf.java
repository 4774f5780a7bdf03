package vn.neuguong.ballot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import vn.neuguong.ballot.CountingReport.Report;
import vn.neuguong.web.PdfSheet;

/**
 * The counting report as an A4 PDF, on a {@link PdfSheet}.
 */
final class CountingReportPdf {

    private static final float MARGIN = 40;
    private static final float ROW = 20;
    private static final float[] FIGURE_WIDTHS = {110, 75, 75, 80, 85, 90};
    private static final float[] SHARE_WIDTHS = {250, 130, 135};

    private final CountingReport report;
    private final Locale locale;

    CountingReportPdf(CountingReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
    }

    byte[] write(Report data) {
        try (var writer = PdfSheet.rows(MARGIN, ROW)) {
            var normal = writer.normal();
            var strong = writer.strong();
            var upper = Locale.forLanguageTag("vi");
            writer.line(strong, 12, data.detail().orderedByName().toUpperCase(upper), false);
            writer.line(normal, 11, data.detail().organizationName(), false);
            writer.gap(10);
            writer.line(strong, 16, report.text(locale, "ballot.report.title"), true);
            writer.gap(6);
            for (var line : report.heading(data, locale)) {
                writer.line(normal, 11, line, false);
            }
            writer.gap(8);
            writer.line(strong, 12, report.text(locale, "ballot.report.figures"), false);
            writer.row(strong, FIGURE_WIDTHS, report.figuresHeader(locale));
            for (var row : report.figures(data, locale)) {
                writer.row(normal, FIGURE_WIDTHS, row);
            }
            String[] shareHeader = {
                report.text(locale, "ballot.report.column.rating"),
                report.text(locale, "ballot.report.column.count"),
                report.text(locale, "ballot.report.column.percent")
            };
            int n = 0;
            for (var leader : data.results().leaders()) {
                writer.gap(10);
                writer.ensure(4);
                writer.line(strong, 12, ++n + ". " + leader.fullName() + " – " + leader.post(), false);
                for (var criterion : leader.criteria()) {
                    writer.ensure(criterion.shares().size() + 2);
                    writer.line(
                            strong,
                            11,
                            report.text(locale, "ballot.report.criterion", criterion.text(), criterion.answered()),
                            false);
                    writer.row(strong, SHARE_WIDTHS, shareHeader);
                    for (var share : criterion.shares()) {
                        writer.row(
                                normal,
                                SHARE_WIDTHS,
                                share.label(),
                                String.valueOf(share.count()),
                                share.percent() + " %");
                    }
                }
            }
            writer.gap(16);
            writer.line(normal, 11, report.text(locale, "ballot.report.signatures"), false);
            return writer.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
