package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The obligations of a board's subtree marked done by hand with neither an evidence document nor an attachment,
 * only a note: what a committee checks before it trusts a figure. The same organizations, campaigns and period as
 * the board, done on or before its date.
 */
@Component
class HandTicked {

    /** One obligation ticked by hand: who owed it, which line and period, when it was done, by whom, the note. */
    @Schema(name = "HandTickedObligation")
    public record Item(
            long obligationId,
            long campaignId,
            long organizationId,
            String organizationName,
            String organizationKind,
            long requirementId,
            ObligationKind kind,
            @Schema(nullable = true) String label,
            @Schema(nullable = true) LocalDate periodStartsOn,
            @Schema(nullable = true) LocalDate periodEndsOn,
            LocalDate doneOn,
            @Schema(nullable = true) String doneBy,
            String note) {

        public BoardPeriod period() {
            return periodStartsOn == null ? null : new BoardPeriod(periodStartsOn, periodEndsOn);
        }
    }

    private final JdbcClient jdbc;

    HandTicked(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the list, most recently done first, with the whole list's count in the same statement. */
    Page<Item> list(long campaignId, OrganizationRef node, BoardQuery query, Scope scope, PageRequest page) {
        long[] total = {0};
        var items = statement(
                        "ob.id AS obligation_id, ob.campaign_id, o.id AS organization_id, o.name AS organization_name,"
                                + " o.kind AS organization_kind, ob.requirement_id, ob.kind, r.label,"
                                + " ob.period_starts_on, ob.period_ends_on, ob.fulfilled_on AS done_on,"
                                + " ob.fulfilled_by AS done_by, ob.note, count(*) OVER () AS total",
                        " ORDER BY ob.fulfilled_on DESC, o.path, ob.id" + page.limitOffset(),
                        campaignId,
                        node,
                        query,
                        scope)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Item(
                            rs.getLong("obligation_id"),
                            rs.getLong("campaign_id"),
                            rs.getLong("organization_id"),
                            rs.getString("organization_name"),
                            rs.getString("organization_kind"),
                            rs.getLong("requirement_id"),
                            ObligationKind.valueOf(rs.getString("kind")),
                            rs.getString("label"),
                            rs.getObject("period_starts_on", LocalDate.class),
                            rs.getObject("period_ends_on", LocalDate.class),
                            rs.getObject("done_on", LocalDate.class),
                            rs.getString("done_by"),
                            rs.getString("note"));
                })
                .list();
        if (items.isEmpty() && page.page() > 1) {
            total[0] = statement("count(*)", "", campaignId, node, query, scope)
                    .query(Long.class)
                    .single();
        }
        return Page.of(items, page, total[0]);
    }

    private JdbcClient.StatementSpec statement(
            String columns, String tail, long campaignId, OrganizationRef node, BoardQuery query, Scope scope) {
        return jdbc.sql("WITH " + BoardStatement.organizations(scope, query.partyOnly()) + " SELECT " + columns
                        + " FROM obligation ob JOIN o ON o.id = ob.organization_id"
                        + " JOIN campaign_requirement r ON r.id = ob.requirement_id"
                        + " WHERE ob.campaign_id IN " + BoardStatement.CAMPAIGNS + BoardStatement.periodCondition(query)
                        + " AND ob.fulfilled_on <= :asOf AND ob.evidence_document_id IS NULL"
                        + " AND ob.attachment_key IS NULL" + tail)
                .params(BoardStatement.parameters(campaignId, node, query));
    }
}
