package vn.neuguong.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's figures as its three charts draw them, named in the reader's language: per child the periods on
 * time, late and missing (stacked bars); per period the handed-over rate and each ratio indicator in percent (lines);
 * the days each overdue report is overdue (bars). The page writes it into a JSON data block for {@code
 * report-dashboard.js}, since the content security policy runs no inline script.
 */
record ReportDashboardChart(Figures children, Figures periods, Figures overdue) {

    /** One chart: a label per bar or point, and its series. */
    record Figures(List<String> labels, List<Series> series) {}

    /** One stack of bars or one line: null where a percentage has no denominator, so the line breaks there. */
    record Series(String name, List<? extends Number> values) {}

    static ReportDashboardChart of(ReportDashboard dashboard, MessageSource messages, Locale locale) {
        var children = dashboard.children();
        var childLabels =
                children.stream().map(ReportDashboard.Child::organizationName).toList();
        var bars = new Figures(
                childLabels,
                List.of(
                        count(messages, locale, "report.dashboard.onTime", children, ReportDashboard.Child::onTime),
                        count(messages, locale, "report.dashboard.late", children, ReportDashboard.Child::late),
                        count(messages, locale, "report.dashboard.missing", children, ReportDashboard.Child::missing),
                        count(
                                messages,
                                locale,
                                "report.dashboard.notYetDue",
                                children,
                                ReportDashboard.Child::notYetDue)));
        var periods = dashboard.periods();
        var lines = new ArrayList<Series>();
        lines.add(new Series(
                messages.getMessage("report.dashboard.handedOverPercent", null, locale),
                periods.stream().map(ReportDashboard.Period::handedOverPercent).toList()));
        if (!periods.isEmpty()) {
            var first = periods.get(0).ratios();
            for (int i = 0; i < first.size(); i++) {
                int index = i;
                lines.add(new Series(
                        first.get(i).label(),
                        periods.stream()
                                .map(p -> p.ratios().get(index).percent())
                                .toList()));
            }
        }
        var overdue = dashboard.overdue();
        var late = new Figures(
                overdue.stream()
                        .map(o -> o.organizationName() + " · " + o.periodLabel())
                        .toList(),
                List.of(new Series(
                        messages.getMessage("report.dashboard.daysOverdue", null, locale),
                        overdue.stream()
                                .map(ReportDashboard.Overdue::daysOverdue)
                                .toList())));
        return new ReportDashboardChart(
                bars,
                new Figures(periods.stream().map(ReportDashboard.Period::label).toList(), List.copyOf(lines)),
                late);
    }

    /**
     * The figures as JSON safe inside a {@code <script type="application/json">} element: no character of it can
     * close the element or open a comment, whatever an organization's name holds.
     */
    String json(JsonMapper mapper) {
        return mapper.writeValueAsString(this)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static Series count(
            MessageSource messages,
            Locale locale,
            String key,
            List<ReportDashboard.Child> children,
            ToIntFunction<ReportDashboard.Child> value) {
        return new Series(
                messages.getMessage(key, null, locale),
                children.stream().map(c -> value.applyAsInt(c)).toList());
    }
}
