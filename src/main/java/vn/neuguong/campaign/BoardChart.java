package vn.neuguong.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;

/**
 * The bars of the compliance board's chart, in the reader's language: one per child row, stacked by status, counted
 * on the obligations' axis; when the campaign owes members' submissions, a second bar per row stacked by members on
 * time, late, missing and not yet due (summing to the members owed), counted on an axis of members of its own, since
 * a ward owing a handful of obligations may owe hundreds of reflections.
 *
 * @param axes each axis the series name, with its title, the obligations' first
 */
record BoardChart(List<String> labels, List<Series> series, Map<String, String> axes) {

    static final String OBLIGATIONS = "obligations";
    static final String MEMBERS = "members";

    /** One stack of bars: its name, one value per label, and the axis it is counted on. */
    record Series(String name, List<Long> values, String axis) {}

    static BoardChart of(ComplianceBoard.Board board, MessageSource messages, Locale locale) {
        var rows = board.children();
        var axes = new LinkedHashMap<String, String>();
        axes.put(OBLIGATIONS, messages.getMessage("campaign.chart.axis.obligations", null, locale));
        var series = new ArrayList<Series>(List.of(
                series(
                        ObligationStatus.DONE_ON_TIME,
                        rows.stream().map(r -> r.total().onTime()),
                        messages,
                        locale),
                series(
                        ObligationStatus.DONE_LATE,
                        rows.stream().map(r -> r.total().late()),
                        messages,
                        locale),
                series(
                        ObligationStatus.OVERDUE,
                        rows.stream().map(r -> r.total().overdue()),
                        messages,
                        locale),
                series(
                        ObligationStatus.NOT_YET_DUE,
                        rows.stream().map(r -> r.total().notYetDue()),
                        messages,
                        locale)));
        var figures = board.memberSubmissions();
        if (figures != null) {
            axes.put(MEMBERS, messages.getMessage("campaign.chart.axis.members", null, locale));
            Function<Function<BoardFigures.Counts, Long>, List<Long>> perRow = value -> rows.stream()
                    .map(r -> figures.children().get(r.organizationId()))
                    .map(c -> c == null ? 0L : value.apply(c))
                    .toList();
            series.add(members("onTime", perRow.apply(BoardFigures.Counts::onTime), messages, locale));
            series.add(members("late", perRow.apply(BoardFigures.Counts::late), messages, locale));
            series.add(members("missing", perRow.apply(BoardFigures.Counts::missing), messages, locale));
            series.add(members(
                    "notYetDue", perRow.apply(c -> c.owed() - c.onTime() - c.late() - c.missing()), messages, locale));
        }
        return new BoardChart(rows.stream().map(ComplianceBoard.Row::name).toList(), List.copyOf(series), axes);
    }

    private static Series series(ObligationStatus status, Stream<Long> values, MessageSource messages, Locale locale) {
        return new Series(messages.getMessage("campaign.status." + status, null, locale), values.toList(), OBLIGATIONS);
    }

    private static Series members(String key, List<Long> values, MessageSource messages, Locale locale) {
        return new Series(messages.getMessage("campaign.chart.members." + key, null, locale), values, MEMBERS);
    }
}
