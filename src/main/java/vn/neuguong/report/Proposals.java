package vn.neuguong.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the system proposes for a report's figures. An organization that children report to is proposed the sum of
 * their handed-over reports (submitted or accepted), numerators and denominators summed apart; any other is proposed
 * what its subtree recorded in the period ({@link ReportFigures}). An indicator without a figure gets no proposal.
 */
@Component
class Proposals {

    private final JdbcClient jdbc;
    private final Reports reports;
    private final ReportFigures figures;

    Proposals(JdbcClient jdbc, Reports reports, ReportFigures figures) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.figures = figures;
    }

    /** A proposed numerator (or count) and denominator; either may be null. */
    record Proposal(Long value, Long denominator) {

        /** Whether the author may take it over as it is: no ratio above its denominator. */
        boolean consistent() {
            return value == null || denominator == null || value <= denominator;
        }
    }

    /**
     * Writes the proposals of the report: on opening ({@code fresh}) as its figures too; afterwards over the figures
     * the author did not correct.
     */
    void propose(
            long reportId,
            ReportTemplate template,
            long organizationId,
            LocalDate start,
            LocalDate end,
            boolean fresh) {
        var proposed = reports.aggregates(template.id(), organizationId, start, end)
                ? children(template.id(), organizationId, start, end)
                : recorded(template, organizationId, start, end);
        for (var indicator : template.indicators()) {
            var proposal = proposed.getOrDefault(indicator.id(), new Proposal(null, null));
            var taken = proposal.consistent() ? proposal : new Proposal(null, null);
            String sql = fresh ? """
                      INSERT INTO report_value (report_id, indicator_id, proposed, proposed_denominator, value, denominator)
                      VALUES (:report, :indicator, :p, :pd, :v, :vd)
                      """ : """
                      UPDATE report_value SET proposed = :p, proposed_denominator = :pd,
                             value = CASE WHEN reason IS NULL THEN :v ELSE value END,
                             denominator = CASE WHEN reason IS NULL THEN :vd ELSE denominator END
                      WHERE report_id = :report AND indicator_id = :indicator
                      """;
            jdbc.sql(sql)
                    .param("report", reportId)
                    .param("indicator", indicator.id())
                    .param("p", proposal.value())
                    .param("pd", proposal.denominator())
                    .param("v", taken.value())
                    .param("vd", taken.denominator())
                    .update();
        }
    }

    /** The children's handed-over reports of the same template and period, summed per indicator. */
    Map<Long, Proposal> children(long templateId, long parentId, LocalDate start, LocalDate end) {
        var sums = new HashMap<Long, Proposal>();
        jdbc.sql("""
                        SELECT v.indicator_id, sum(v.value)::bigint AS value, sum(v.denominator)::bigint AS denominator
                        FROM report r JOIN report_value v ON v.report_id = r.id
                        WHERE r.template_id = :template AND r.period_starts_on = :start
                          AND r.status IN ('SUBMITTED', 'ACCEPTED')
                          AND r.organization_id IN (%s)
                        GROUP BY v.indicator_id
                        """.formatted(ReportSql.expectedChildren()))
                .params(Map.of("template", templateId, "parent", parentId, "start", start, "end", end))
                .query(rs -> {
                    sums.put(rs.getLong("indicator_id"), new Proposal((Long) rs.getObject("value"), (Long)
                            rs.getObject("denominator")));
                });
        return sums;
    }

    private Map<Long, Proposal> recorded(ReportTemplate template, long organizationId, LocalDate start, LocalDate end) {
        var wanted = new HashSet<String>();
        template.indicators()
                .forEach(i -> Stream.of(i.source(), i.denominatorSource())
                        .filter(Objects::nonNull)
                        .forEach(wanted::add));
        var counted = wanted.isEmpty() ? Map.<String, Long>of() : figures.count(organizationId, start, end, wanted);
        var proposals = new HashMap<Long, Proposal>();
        for (var indicator : template.indicators()) {
            if (indicator.source() != null) {
                proposals.put(
                        indicator.id(),
                        new Proposal(
                                counted.getOrDefault(indicator.source(), 0L),
                                indicator.denominatorSource() == null
                                        ? null
                                        : counted.getOrDefault(indicator.denominatorSource(), 0L)));
            }
        }
        return proposals;
    }
}
