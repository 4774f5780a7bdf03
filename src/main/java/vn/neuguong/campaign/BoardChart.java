package vn.neuguong.campaign;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The bars of the compliance board's chart: one per child row, stacked by status, in the reader's language. */
record BoardChart(List<String> labels, List<Series> series) {

    record Series(String name, List<Long> values) {}

    static BoardChart of(ComplianceBoard.Board board, MessageSource messages, Locale locale) {
        var rows = board.children();
        return new BoardChart(
                rows.stream().map(ComplianceBoard.Row::name).toList(),
                List.of(
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
    }

    private static Series series(
            ObligationStatus status, java.util.stream.Stream<Long> values, MessageSource messages, Locale locale) {
        return new Series(messages.getMessage("campaign.status." + status, null, locale), values.toList());
    }
}
