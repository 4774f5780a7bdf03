package vn.neuguong.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.BoardPeriods.PeriodLine;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.member.MemberCounting;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.NotFoundException;

/**
 * The compliance board of a campaign at one node of the tree: the node's subtree in total, the node's own
 * obligations, and one row per child subtree, each per requirement, per year of a term theme, and with the members
 * counted there. Rates add up the tree because every figure is a count over a subtree (numerators and denominators
 * summed in SQL), never an average of percentages.
 */
@Component
public class ComplianceBoard {

    private final JdbcClient jdbc;
    private final CampaignOrganizations organizations;
    private final BoardPeriods periods;
    private final BoardCampaigns related;
    private final MessageSource messages;
    private final List<BoardFigures> figures;
    private final BoardTally tally;

    ComplianceBoard(
            JdbcClient jdbc,
            CampaignOrganizations organizations,
            BoardPeriods periods,
            BoardCampaigns related,
            MessageSource messages,
            List<BoardFigures> figures,
            BoardTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.figures = figures;
        this.organizations = organizations;
        this.periods = periods;
        this.related = related;
        this.messages = messages;
    }

    /**
     * Counts of a set of obligations by status on the board's date. {@code awaitingEvent}: not done, waiting for
     * the event a line's days are counted from ("chờ sự kiện"), apart from {@code notYetDue}. {@code handTicked}:
     * of those done, the ones marked by hand with neither an evidence document nor an attachment.
     */
    public record Tally(
            long total, long onTime, long late, long overdue, long notYetDue, long awaitingEvent, long handTicked) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0);

        @JsonProperty
        public long done() {
            return onTime + late;
        }

        /** Done as a share of all, in percent with one decimal; a rate of nothing is 0. */
        @JsonProperty
        public double rate() {
            return total == 0 ? 0 : Math.round(done() * 1000.0 / total) / 10.0;
        }

        /** The status when the tally is one obligation, for showing a single organization's cell. */
        public ObligationStatus single() {
            if (total != 1 || awaitingEvent == 1) {
                return null;
            }
            return onTime == 1
                    ? ObligationStatus.DONE_ON_TIME
                    : late == 1
                            ? ObligationStatus.DONE_LATE
                            : overdue == 1 ? ObligationStatus.OVERDUE : ObligationStatus.NOT_YET_DUE;
        }
    }

    /**
     * One line of the board: an organization's subtree (or its own obligations), in total, per requirement and per
     * yearly campaign of a term theme (by campaign id), with the members on the roll of its cells and those expected
     * (who owe a reflection, who are expected at a meeting) on the board's date.
     */
    @Schema(name = "ComplianceRow")
    public record Row(
            long organizationId,
            String name,
            String kind,

            @Schema(description = "False for a unit the party leads (Front, mass organization, government)")
            boolean party,

            boolean hasChildren,
            Tally total,
            Map<Long, Tally> tallies,

            @Schema(description = "Per yearly campaign of a term theme, by its id; empty for any other campaign")
            Map<Long, Tally> years,

            long membersOnRoll,

            @Schema(description = "Members counted by the rule of countingRule on the board's date")
            long membersExpected) {

        public Tally of(long requirementId) {
            return tallies.getOrDefault(requirementId, Tally.NONE);
        }

        public Tally year(long campaignId) {
            return years.getOrDefault(campaignId, Tally.NONE);
        }
    }

    /** How a line is owed: whether it recurs, and whether an act on the due day itself is on time. */
    @Schema(name = "ComplianceLine")
    public record Line(
            long requirementId,
            String recurrence,

            @Schema(
                    description =
                            "True: done on the due day is on time (\"chậm nhất ngày\"); false: late (\"trước ngày\")")
            boolean dueDayOnTime) {

        @JsonProperty
        public boolean recurring() {
            return !"ONCE".equals(recurrence);
        }
    }

    /** A campaign the board names: a yearly campaign of a term theme, or the term theme of a yearly campaign. */
    @Schema(name = "ComplianceCampaignRef")
    public record CampaignRef(long id, String title, LocalDate startsOn, LocalDate endsOn) {}

    /** The board at a node. {@code parentId} is the node's parent when the scope covers it, for going back up. */
    public record Board(
            Campaign campaign,
            OrganizationRef node,
            @Schema(nullable = true) Long parentId,
            LocalDate asOf,
            boolean overdueOnly,
            BoardQuery.Units units,

            @Schema(nullable = true, description = "The first day of the period shown; null for the whole")
            LocalDate period,

            List<BoardPeriod> periods,

            @Schema(nullable = true, description = "How many periods have opened, of how many; null if none recurs")
            PeriodOpenings.Opened periodsOpened,

            List<Requirement> requirements,
            List<Line> lines,

            @Schema(description = "The yearly campaigns of a term theme, in order; empty for any other campaign")
            List<CampaignRef> years,

            @Schema(nullable = true, description = "The term theme a yearly campaign sits inside")
            CampaignRef term,

            @Schema(description = "Who is counted in membersExpected, in the reader's language")
            String countingRule,

            Row subtree,

            @Schema(description = "The node's own obligations; left out when it owes none itself")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Row own,

            List<Row> children,

            @Schema(description = "Per recurring line, its periods at the node, whatever period is shown")
            List<PeriodLine> periodTable,

            @Schema(nullable = true, description = "Members owing a study file; null without a members' line")
            BoardFigures.Figures memberSubmissions) {

        public Line line(long requirementId) {
            return lines.stream()
                    .filter(l -> l.requirementId() == requirementId)
                    .findFirst()
                    .orElse(new Line(requirementId, "ONCE", true));
        }

        /** The periods the board shows (several when lines of different lengths start on the same day). */
        public List<BoardPeriod> shownPeriods() {
            return periods.stream().filter(p -> p.startsOn().equals(period)).toList();
        }
    }

    /** The node an actor starts from: the campaign's owner when the scope covers it, else the scope's first root. */
    long defaultNode(Campaign campaign, Scope scope) {
        if (scope.unrestricted() || node(campaign.ownerId(), scope).isPresent()) {
            return campaign.ownerId();
        }
        return organizations
                .firstRootOverlapping(campaign.id(), scope)
                .orElseThrow(() -> new NotFoundException("Campaign", campaign.id()));
    }

    Optional<OrganizationRef> node(long organizationId, Scope scope) {
        return organizations.find(organizationId, scope);
    }

    /** The node the board shows: the asked one inside the scope, or the default; 404 when the scope misses it. */
    OrganizationRef nodeOf(Campaign campaign, Long nodeId, Scope scope) {
        return placed(campaign, nodeId, scope).node();
    }

    /** The same with its parent when the scope covers that too, for going back up. */
    private CampaignOrganizations.Placed placed(Campaign campaign, Long nodeId, Scope scope) {
        long id = nodeId == null ? defaultNode(campaign, scope) : nodeId;
        return organizations.findWithParent(id, scope).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    /** The whole board of a campaign on a date, every organization counted. */
    public Board compute(
            Campaign campaign,
            List<Requirement> requirements,
            Long nodeId,
            LocalDate asOf,
            boolean overdueOnly,
            Scope scope) {
        return compute(campaign, requirements, nodeId, BoardQuery.of(asOf, overdueOnly), scope);
    }

    /** The board of a campaign (already checked visible) at a node inside the scope. */
    public Board compute(
            Campaign campaign, List<Requirement> requirements, Long nodeId, BoardQuery query, Scope scope) {
        return compute(campaign, requirements, nodeId, query, scope, true);
    }

    /**
     * The board, from the roll-up when {@code rollUp} and it answers for the board's day ({@link BoardTally#reach}),
     * else by the plain statement over every obligation (the reference the roll-up is tested and timed against).
     */
    Board compute(
            Campaign campaign,
            List<Requirement> requirements,
            Long nodeId,
            BoardQuery query,
            Scope scope,
            boolean rollUp) {
        var placed = placed(campaign, nodeId, scope);
        var node = placed.node();
        var campaignPeriods = periods.checked(campaign.id(), query, rollUp);
        var related = this.related.of(campaign.id(), scope);
        var reach = rollUp ? tally.reach(campaign, node, query, scope) : Optional.<BoardTally.Reach>empty();
        var parameters = BoardStatement.parameters(campaign.id(), node, query);
        reach.ifPresent(r -> r.bind(parameters));
        var rows = BoardRows.read(
                jdbc,
                reach.isPresent() ? BoardTally.sql(query) : BoardStatement.sql(scope, query),
                parameters,
                node,
                campaign.id(),
                query.overdueOnly());
        return new Board(
                campaign,
                node,
                placed.parentId(),
                query.asOf(),
                query.overdueOnly(),
                query.units(),
                query.period(),
                campaignPeriods,
                PeriodOpenings.of(jdbc, campaign.id()),
                requirements,
                related.lines(),
                related.years(),
                related.term(),
                messages.getMessage(MemberCounting.RULE_KEY, null, query.locale()),
                rows.subtree(),
                rows.own(),
                rows.children(),
                periods.table(campaign.id(), node, query, scope, reach),
                memberSubmissions(campaign.id(), requirements, node.id(), query, scope));
    }

    private BoardFigures.Figures memberSubmissions(
            long campaignId, List<Requirement> requirements, long nodeId, BoardQuery query, Scope scope) {
        boolean owed = requirements.stream().anyMatch(r -> r.kind() == ObligationKind.MEMBER_SUBMISSIONS);
        return owed && !figures.isEmpty()
                ? figures.get(0).memberSubmissions(campaignId, nodeId, query.asOf(), scope)
                : null;
    }
}
