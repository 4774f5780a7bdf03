package vn.neuguong.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.neuguong.web.Formats;
import vn.neuguong.web.PartyDocument;
import vn.neuguong.web.PartyDocument.Block;
import vn.neuguong.web.PartyDocument.Heading;
import vn.neuguong.web.PartyDocument.Paragraph;
import vn.neuguong.web.PartyDocument.Table;

/**
 * A report and an aggregation as Party documents (Hướng dẫn 36-HD/VPTW), for {@link vn.neuguong.web.PartyDocx} and
 * {@link vn.neuguong.web.PartyPdf}: the issuer's heading, "BÁO CÁO" with the template and the period, the figures
 * as a table (a ratio with its percent, a correction with its reason), each section as its heading and text, the
 * parent and the office's copy as recipients, and the head's signature. Printed in Vietnamese, as filed.
 */
@Component
class ReportExport {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PartyHeading headings;
    private final MessageSource messages;
    private final Clock clock;

    ReportExport(PartyHeading headings, MessageSource messages, Clock clock) {
        this.headings = headings;
        this.messages = messages;
        this.clock = clock;
    }

    PartyDocument of(Report report, String parentName) {
        var heading = headings.of(report.organizationId());
        var body = new ArrayList<Block>();
        body.add(new Heading("I. " + text("report.export.figures")));
        var rows = new ArrayList<List<String>>();
        var sections = new ArrayList<Report.Figure>();
        for (var f : report.figures()) {
            if (f.kind() == ReportTemplate.Kind.TEXT) {
                sections.add(f);
                continue;
            }
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    f.label(),
                    figure(f.kind(), f.value(), f.denominator()),
                    f.corrected()
                            ? text(
                                    "report.export.corrected",
                                    figure(f.kind(), f.proposed(), f.proposedDenominator()),
                                    f.reason())
                            : ""));
        }
        body.add(new Table(
                List.of(
                        text("report.export.no"),
                        text("report.indicator"),
                        text("report.reported"),
                        text("report.export.note")),
                rows));
        int numeral = 2;
        for (var section : sections) {
            body.add(new Heading(roman(numeral++) + ". " + PartyHeading.upper(section.label())));
            for (var paragraph : (section.text() == null ? "" : section.text()).split("\\R+")) {
                if (!paragraph.isBlank()) {
                    body.add(new Paragraph(paragraph.strip()));
                }
            }
        }
        var recipients = new ArrayList<String>();
        if (parentName != null) {
            recipients.add(parentName + ",");
        }
        recipients.add("Lưu VP.");
        return new PartyDocument(
                heading.superior(),
                heading.issuer(),
                report.number(),
                heading.place(),
                report.submittedOn() != null ? report.submittedOn() : LocalDate.now(clock),
                "BÁO CÁO",
                subject(report.templateTitle()) + " — " + report.periodLabel(),
                body,
                recipients,
                heading.onBehalf(),
                "BÍ THƯ",
                report.signedBy() == null ? "" : report.signedBy());
    }

    /** The parent's aggregation as its report of the period: the summed figures and who handed over. */
    PartyDocument of(Aggregation aggregation, String signer) {
        var heading = headings.of(aggregation.organizationId());
        var body = new ArrayList<Block>();
        body.add(new Paragraph(text(
                "report.aggregation.summary",
                aggregation.expected(),
                aggregation.handedOver(),
                aggregation.missing())));
        body.add(new Heading("I. " + text("report.aggregation.totals")));
        var totals = new ArrayList<List<String>>();
        for (var t : aggregation.totals()) {
            if (t.kind() != ReportTemplate.Kind.TEXT) {
                totals.add(List.of(
                        String.valueOf(totals.size() + 1), t.label(), figure(t.kind(), t.value(), t.denominator())));
            }
        }
        body.add(new Table(
                List.of(text("report.export.no"), text("report.indicator"), text("report.aggregation.sum")), totals));
        body.add(new Heading("II. " + text("report.aggregation.children")));
        var children = new ArrayList<List<String>>();
        for (var c : aggregation.children()) {
            children.add(List.of(
                    String.valueOf(children.size() + 1),
                    c.organizationName(),
                    c.status() == null
                            ? text("report.status.MISSING")
                            : text("report.status." + c.status()) + (c.late() ? " (" + text("report.late") + ")" : ""),
                    c.submittedOn() == null ? "" : Formats.DATE.format(c.submittedOn())));
        }
        body.add(new Table(
                List.of(
                        text("report.export.no"),
                        text("report.field.organizationId"),
                        text("report.status"),
                        text("report.submittedOn")),
                children));
        return new PartyDocument(
                heading.superior(),
                heading.issuer(),
                null,
                heading.place(),
                LocalDate.now(clock),
                "BÁO CÁO",
                text(
                        "report.export.aggregationSubject",
                        subject(aggregation.templateTitle()),
                        aggregation.periodLabel()),
                body,
                List.of("Lưu VP."),
                heading.onBehalf(),
                "BÍ THƯ",
                signer == null ? "" : signer);
    }

    /** A review as the committee's report: the figures, the exemplars, the conclusions, its number once issued. */
    PartyDocument of(Review review, String parentName) {
        var heading = headings.of(review.organizationId());
        var body = new ArrayList<Block>();
        body.add(new Heading("I. " + text("review.export.results")));
        var rows = new ArrayList<List<String>>();
        for (var f : review.figures()) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    text("figure." + f.key()),
                    figure(ReportTemplate.Kind.COUNT, f.value(), null)));
        }
        body.add(new Table(List.of(text("report.export.no"), text("report.indicator"), text("report.reported")), rows));
        int numeral = 2;
        if (!review.exemplars().isEmpty()) {
            body.add(new Heading(roman(numeral++) + ". " + PartyHeading.upper(text("review.exemplars"))));
            var exemplars = new ArrayList<List<String>>();
            for (var e : review.exemplars()) {
                exemplars.add(List.of(
                        String.valueOf(exemplars.size() + 1),
                        text("review.exemplar." + e.kind()) + ": " + e.name(),
                        e.achievement() == null ? "" : e.achievement()));
            }
            body.add(new Table(
                    List.of(text("report.export.no"), text("review.field.name"), text("review.field.achievement")),
                    exemplars));
        }
        if (review.conclusions() != null) {
            body.add(new Heading(roman(numeral) + ". " + PartyHeading.upper(text("review.field.conclusions"))));
            for (var paragraph : review.conclusions().split("\\R+")) {
                if (!paragraph.isBlank()) {
                    body.add(new Paragraph(paragraph.strip()));
                }
            }
        }
        var recipients = new ArrayList<String>();
        if (parentName != null) {
            recipients.add(parentName + ",");
        }
        recipients.add("Lưu VP.");
        String number = review.documentNumber();
        return new PartyDocument(
                heading.superior(),
                heading.issuer(),
                number == null ? null : number,
                heading.place(),
                review.issuedOn() != null ? review.issuedOn() : LocalDate.now(clock),
                "BÁO CÁO",
                subject(review.title()),
                body,
                recipients,
                heading.onBehalf(),
                "BÍ THƯ",
                "");
    }

    /** "1.250", "96/120 (80%)", "150/220 (68,2%)": numbers as Vietnamese write them, whatever the reader's language. */
    static String figure(ReportTemplate.Kind kind, Long value, Long denominator) {
        var numbers = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(VI));
        if (value == null) {
            return "";
        }
        if (kind != ReportTemplate.Kind.RATIO || denominator == null) {
            return numbers.format(value);
        }
        String ratio = numbers.format(value) + "/" + numbers.format(denominator);
        return denominator == 0 ? ratio : ratio + " (" + numbers.format(100.0 * value / denominator) + "%)";
    }

    /** The line under "BÁO CÁO" says what about: "Báo cáo kết quả …" is printed "kết quả …". */
    static String subject(String title) {
        return title.startsWith("Báo cáo ") ? title.substring("Báo cáo ".length()) : title;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VI);
    }

    private static String roman(int n) {
        String[] numerals = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n < numerals.length ? numerals[n] : String.valueOf(n);
    }
}
