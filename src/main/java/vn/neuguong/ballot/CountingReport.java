package vn.neuguong.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.neuguong.ballot.BallotViews.Detail;
import vn.neuguong.ballot.Results.RoundResults;
import vn.neuguong.shared.Actor;
import vn.neuguong.web.Formats;

/**
 * The counting report (biên bản kiểm phiếu) of a closed round with its minimum of responses, for the round's staff
 * only (anyone else: 404): the round, the counting figures per channel, and per leader and criterion the count and
 * percentage of each rating. Written as PDF ({@link CountingReportPdf}) and XLSX ({@link CountingReportXlsx}); free
 * text is left to the results page, which shows it in a random order.
 */
@Component
class CountingReport {

    /** What both files show. */
    record Report(Detail detail, RoundResults results) {}

    private final BallotRounds rounds;
    private final Results results;
    private final MessageSource messages;
    private final Formats formats;

    CountingReport(BallotRounds rounds, Results results, MessageSource messages, Formats formats) {
        this.rounds = rounds;
        this.results = results;
        this.messages = messages;
        this.formats = formats;
    }

    Report of(long roundId, Actor actor) {
        var detail = rounds.detail(roundId, BallotAccess.of(actor));
        return new Report(detail, results.of(roundId, actor));
    }

    byte[] pdf(long roundId, Actor actor, Locale locale) {
        return new CountingReportPdf(this, locale).write(of(roundId, actor));
    }

    byte[] xlsx(long roundId, Actor actor, Locale locale) {
        return new CountingReportXlsx(this, locale).write(of(roundId, actor));
    }

    static String filename(long roundId, String extension) {
        return "bien-ban-kiem-phieu-" + roundId + "." + extension;
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The lines above the figures, the same in both files. */
    List<String> heading(Report report, Locale locale) {
        var detail = report.detail();
        var round = detail.round();
        var lines = new ArrayList<String>();
        lines.add(text(locale, "ballot.report.round", round.title(), round.periodLabel()));
        lines.add(text(locale, "ballot.report.kind." + round.kind()));
        lines.add(text(locale, "ballot.report.organization", detail.organizationName()));
        lines.add(text(locale, "ballot.report.orderedBy", detail.orderedByName()));
        if (detail.planDocumentNumber() != null) {
            lines.add(text(locale, "ballot.report.plan", detail.planDocumentNumber()));
        }
        lines.add(text(locale, "ballot.report.closedOn", formats.date(round.closedOn())));
        lines.add(text(locale, "ballot.report.counted", report.results().responses()));
        return lines;
    }

    /** The counting figures' rows: channel, issued, returned, invalid, counted, turnout percent. */
    List<String[]> figures(Report report, Locale locale) {
        var t = report.results().turnout();
        int electronicCounted = t.electronicReturned();
        return List.of(
                new String[] {
                    text(locale, "ballot.report.electronic"),
                    String.valueOf(t.electronicIssued()),
                    String.valueOf(t.electronicReturned()),
                    "0",
                    String.valueOf(electronicCounted),
                    t.electronicPercent() + " %"
                },
                new String[] {
                    text(locale, "ballot.report.paper"),
                    String.valueOf(t.paperIssued()),
                    String.valueOf(t.paperReturned()),
                    String.valueOf(t.paperInvalid()),
                    String.valueOf(t.paperEntered()),
                    t.paperPercent() + " %"
                },
                new String[] {
                    text(locale, "ballot.report.total"),
                    String.valueOf(t.totalIssued()),
                    String.valueOf(t.totalReturned()),
                    String.valueOf(t.paperInvalid()),
                    String.valueOf(electronicCounted + t.paperEntered()),
                    t.totalPercent() + " %"
                });
    }

    String[] figuresHeader(Locale locale) {
        return Stream.of("channel", "issued", "returned", "invalid", "counted", "turnout")
                .map(h -> text(locale, "ballot.report.column." + h))
                .toArray(String[]::new);
    }
}
