package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** The periods of a campaign's recurring lines: the board's selector, and the node's table of periods per line. */
@Component
class BoardPeriods {

    /** One period of a recurring line at the node: its obligations' counts. */
    @Schema(name = "CompliancePeriodTally")
    public record PeriodTally(BoardPeriod period, ComplianceBoard.Tally tally) {}

    /** A recurring line's periods at the node, in order. */
    @Schema(name = "CompliancePeriodLine")
    public record PeriodLine(long requirementId, List<PeriodTally> periods) {}

    private final JdbcClient jdbc;

    BoardPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every period the campaign's obligations (and its years', for a term theme) fall in, in order, read from the
     * roll-up ({@link BoardTally#PERIODS}).
     */
    List<BoardPeriod> of(long campaignId) {
        return of(campaignId, true);
    }

    /** The same, read from the obligations themselves unless {@code rollUp}. */
    List<BoardPeriod> of(long campaignId, boolean rollUp) {
        return jdbc.sql(
                        rollUp
                                ? BoardTally.PERIODS
                                : "SELECT DISTINCT ob.period_starts_on, ob.period_ends_on FROM obligation ob WHERE"
                                        + " ob.campaign_id IN " + BoardStatement.CAMPAIGNS
                                        + " AND ob.period_starts_on IS NOT NULL ORDER BY 1, 2")
                .param("campaign", campaignId)
                .query((rs, n) -> new BoardPeriod(
                        rs.getObject(1, java.time.LocalDate.class), rs.getObject(2, java.time.LocalDate.class)))
                .list();
    }

    /** The campaign's periods, once the asked one is found among them (a 400 naming {@code period} if not). */
    List<BoardPeriod> checked(long campaignId, BoardQuery query, boolean rollUp) {
        var periods = of(campaignId, rollUp);
        check(query, periods);
        return periods;
    }

    /** The asked period when it is the first day of one of the campaign's periods; a 400 naming it if not. */
    static void check(BoardQuery query, List<BoardPeriod> periods) {
        if (query.period() != null
                && periods.stream().noneMatch(p -> p.startsOn().equals(query.period()))) {
            throw new InvalidInputException(
                    List.of(new FieldError("period", "campaign.board.period.unknown", null, query.period())));
        }
    }

    /**
     * One statement: the obligations of the recurring lines in the node's subtree inside the scope, counted per line
     * and period on the board's date, whatever period the board shows; from the roll-up when {@code reach} (the
     * node's path, {@link BoardTally#reach}) says it answers.
     */
    List<PeriodLine> table(
            long campaignId, OrganizationRef node, BoardQuery query, Scope scope, Optional<BoardTally.Reach> reach) {
        Map<Long, List<PeriodTally>> lines = new LinkedHashMap<>();
        var parameters = BoardStatement.parameters(campaignId, node, query);
        reach.ifPresent(r -> r.bind(parameters));
        jdbc.sql(reach.isPresent() ? BoardTally.periodTable(query) : plainTable(scope, query))
                .params(parameters)
                .query(rs -> {
                    lines.computeIfAbsent(rs.getLong("requirement_id"), k -> new ArrayList<>())
                            .add(new PeriodTally(
                                    new BoardPeriod(
                                            rs.getObject("period_starts_on", java.time.LocalDate.class),
                                            rs.getObject("period_ends_on", java.time.LocalDate.class)),
                                    BoardStatement.tally(rs)));
                });
        return lines.entrySet().stream()
                .map(e -> new PeriodLine(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    private static String plainTable(Scope scope, BoardQuery query) {
        return "WITH " + BoardStatement.organizations(scope, query.partyOnly())
                + ", x AS (SELECT ob.requirement_id, ob.period_starts_on, ob.period_ends_on, "
                + BoardStatement.statusColumns() + " FROM obligation ob JOIN o ON o.id = ob.organization_id"
                + " WHERE ob.campaign_id IN " + BoardStatement.CAMPAIGNS
                + " AND ob.period_starts_on IS NOT NULL) SELECT x.requirement_id, x.period_starts_on,"
                + " x.period_ends_on, " + BoardStatement.COUNTS + " FROM x GROUP BY 1, 2, 3 ORDER BY"
                + " (SELECT r.position FROM campaign_requirement r WHERE r.id = x.requirement_id), 1, 2, 3";
    }
}
