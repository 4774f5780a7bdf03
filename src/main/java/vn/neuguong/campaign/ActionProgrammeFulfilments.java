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
 * An adopted action programme fulfils, as of the adoption day, the committee's open ACTION_PROGRAMME obligations in
 * the campaign (with their refinement chains), naming the programme in the note and its document as the evidence.
 *
 * <p>Synchronous, like {@link MeetingFulfilments}: the programme is not adopted unless the act is recorded, so the
 * compliance board never disagrees with the programme.
 */
@Component
class ActionProgrammeFulfilments {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Fulfilments fulfilments;

    ActionProgrammeFulfilments(JdbcClient jdbc, AuditLog audit, Fulfilments fulfilments) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.fulfilments = fulfilments;
    }

    @EventListener
    @Transactional
    public void on(ActionProgrammeAdopted event) {
        var answered = jdbc.sql("""
                        SELECT ob.id FROM obligation ob JOIN campaign c ON c.id = ob.campaign_id
                        JOIN campaign_requirement r ON r.id = ob.requirement_id
                        WHERE ob.campaign_id = :campaign AND r.kind = 'ACTION_PROGRAMME' AND c.status = 'LAUNCHED'
                          AND ob.organization_id = :organization AND ob.fulfilled_on IS NULL
                          AND r.recurrence <> 'QUOTA'
                          AND (ob.period_starts_on IS NULL OR :day BETWEEN ob.period_starts_on AND ob.period_ends_on)
                          AND (ob.opens_on IS NULL OR ob.opens_on <= :day)
                        ORDER BY ob.id
                        """)
                .param("campaign", event.campaignId())
                .param("organization", event.organizationId())
                .param("day", event.adoptedOn())
                .query(Long.class)
                .list();
        if (answered.isEmpty()) {
            return;
        }
        String note = "Chương trình hành động #" + event.programmeId() + ": " + event.title();
        var act = new Act(event.adoptedOn(), event.documentId(), note, null, null, event.adoptedBy());
        List<Fulfilments.Line> lines = fulfilments.fulfil(answered, act);
        for (var line : lines) {
            audit.updated(
                    "Obligation",
                    line.id(),
                    line.organizationId(),
                    null,
                    Map.of(
                            "fulfilledOn",
                            event.adoptedOn(),
                            "actionProgrammeId",
                            event.programmeId(),
                            "fulfilledBy",
                            event.adoptedBy()));
        }
    }
}
