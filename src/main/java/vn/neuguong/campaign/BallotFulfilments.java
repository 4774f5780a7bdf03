package vn.neuguong.campaign;

import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.Fulfilments.Act;
import vn.neuguong.shared.AuditLog;

/**
 * A ballot round closed with results fulfils, as of its closing day, the organization's open obligations of the
 * campaign's BALLOT_ROUND lines (and the lines cascaded from them). Synchronous, like {@link MeetingFulfilments}: the
 * round does not close unless the acts are recorded.
 */
@Component
class BallotFulfilments {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Fulfilments fulfilments;

    BallotFulfilments(JdbcClient jdbc, AuditLog audit, Fulfilments fulfilments) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.fulfilments = fulfilments;
    }

    @EventListener
    @Transactional
    public void on(BallotRoundClosed event) {
        var answered = jdbc.sql("""
                        WITH RECURSIVE line AS (
                            SELECT r.id FROM campaign_requirement r
                            WHERE r.campaign_id = :campaign AND r.kind = 'BALLOT_ROUND'
                            UNION
                            SELECT k.id FROM campaign_requirement k JOIN line ON k.parent_requirement_id = line.id
                        )
                        SELECT ob.id FROM obligation ob JOIN campaign c ON c.id = ob.campaign_id
                        JOIN campaign_requirement r ON r.id = ob.requirement_id
                        WHERE ob.requirement_id IN (SELECT id FROM line) AND c.status = 'LAUNCHED'
                          AND ob.organization_id = :organization AND ob.fulfilled_on IS NULL
                          AND r.recurrence <> 'QUOTA'
                          AND (ob.period_starts_on IS NULL OR :day BETWEEN ob.period_starts_on AND ob.period_ends_on)
                          AND (ob.opens_on IS NULL OR ob.opens_on <= :day)
                        ORDER BY ob.id
                        """)
                .param("campaign", event.campaignId())
                .param("organization", event.organizationId())
                .param("day", event.closedOn())
                .query(Long.class)
                .list();
        if (answered.isEmpty()) {
            return;
        }
        String note = "Lấy ý kiến/phiếu #" + event.roundId() + ": " + event.title();
        var act = new Act(event.closedOn(), null, note, null, null, event.closedBy());
        List<Fulfilments.Line> lines = fulfilments.fulfil(answered, act);
        for (var line : lines) {
            audit.updated(
                    "Obligation",
                    line.id(),
                    line.organizationId(),
                    null,
                    Map.of("fulfilledOn", event.closedOn(), "ballotRoundId", event.roundId(), "fulfilledBy", act.by()));
        }
    }
}
