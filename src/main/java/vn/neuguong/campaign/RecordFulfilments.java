package vn.neuguong.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.Fulfilments.Act;
import vn.neuguong.shared.AuditLog;

/**
 * A record made in another module answers the open obligations of its line, dated by its own day, with the record
 * named in the note as the evidence: a periodic report handed over (the one obligation of its period), an interim
 * review issued as a document, a held meeting with approved minutes (the host's obligation and each bridge point
 * organization's own), an adopted action programme (the committee's ACTION_PROGRAMME lines) and a ballot round closed
 * with results (the organization's BALLOT_ROUND lines). Each answers its line or the lines cascaded from it; for a
 * recurring line the period containing the day; quota lines (one act per unit) are left to be ticked by hand.
 *
 * <p>The listeners are synchronous ({@link EventListener}, not after-commit module listeners): the record is not made
 * unless the acts are recorded, and a refused act (a line changed meanwhile) rolls the record back, so the compliance
 * board never disagrees with the minutes, the programme or the round.
 */
@Component
class RecordFulfilments {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Fulfilments fulfilments;

    RecordFulfilments(JdbcClient jdbc, AuditLog audit, Fulfilments fulfilments) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.fulfilments = fulfilments;
    }

    @EventListener
    @Transactional
    public void on(MeetingHeld event) {
        var organizations = new ArrayList<Long>();
        organizations.add(event.hostId());
        organizations.addAll(event.bridgePointIds());
        String note = "Hội nghị/cuộc họp #" + event.meetingId() + ": " + event.title();
        var act = new Act(event.heldOn(), null, note, null, null, event.approvedBy());
        answer(
                event.campaignId(),
                event.requirementId(),
                event.kind(),
                organizations,
                act,
                "meetingId",
                event.meetingId());
    }

    @EventListener
    @Transactional
    public void on(ActionProgrammeAdopted event) {
        String note = "Chương trình hành động #" + event.programmeId() + ": " + event.title();
        var act = new Act(event.adoptedOn(), event.documentId(), note, null, null, event.adoptedBy());
        answer(
                event.campaignId(),
                null,
                ObligationKind.ACTION_PROGRAMME,
                List.of(event.organizationId()),
                act,
                "actionProgrammeId",
                event.programmeId());
    }

    @EventListener
    @Transactional
    public void on(BallotRoundClosed event) {
        String note = "Lấy ý kiến/phiếu #" + event.roundId() + ": " + event.title();
        var act = new Act(event.closedOn(), null, note, null, null, event.closedBy());
        answer(
                event.campaignId(),
                null,
                ObligationKind.BALLOT_ROUND,
                List.of(event.organizationId()),
                act,
                "ballotRoundId",
                event.roundId());
    }

    @EventListener
    @Transactional
    public void on(ReviewIssued event) {
        var act = new Act(event.issuedOn(), event.documentId(), null, null, null, event.issuedBy());
        answer(
                event.campaignId(),
                null,
                ObligationKind.INTERIM_REVIEW,
                List.of(event.organizationId()),
                act,
                "reviewId",
                event.reviewId());
    }

    @EventListener
    @Transactional
    public void on(ReportSubmitted event) {
        String note = "Báo cáo #" + event.reportId() + ": " + event.title();
        var act = new Act(event.submittedOn(), null, note, null, null, event.submittedBy());
        var open = jdbc.sql("""
                        SELECT ob.id FROM obligation ob JOIN campaign c ON c.id = ob.campaign_id
                        WHERE ob.id = :id AND ob.organization_id = :organization AND ob.kind = 'PERIODIC_REPORT'
                          AND ob.fulfilled_on IS NULL AND c.status = 'LAUNCHED'
                        """)
                .param("id", event.obligationId())
                .param("organization", event.organizationId())
                .query(Long.class)
                .list();
        if (open.isEmpty()) {
            return;
        }
        for (var line : fulfilments.fulfil(open, act)) {
            audit.updated(
                    "Obligation",
                    line.id(),
                    line.organizationId(),
                    null,
                    Map.of("fulfilledOn", act.on(), "reportId", event.reportId(), "fulfilledBy", act.by()));
        }
    }

    /**
     * Records the act on the organizations' open obligations of the line (the requirement, or else the campaign's
     * lines of the kind) and the lines cascaded from it, with their refinement chains, audited as fulfilled by the
     * record named by {@code recordKey}.
     */
    private void answer(
            long campaignId,
            Long requirementId,
            ObligationKind kind,
            Collection<Long> organizations,
            Act act,
            String recordKey,
            long recordId) {
        var answered = jdbc.sql("""
                        WITH RECURSIVE line AS (
                            SELECT r.id FROM campaign_requirement r
                            WHERE r.id = CAST(:requirement AS bigint)
                               OR (CAST(:requirement AS bigint) IS NULL AND r.campaign_id = :campaign AND r.kind = :kind)
                            UNION
                            SELECT k.id FROM campaign_requirement k JOIN line ON k.parent_requirement_id = line.id
                        )
                        SELECT ob.id FROM obligation ob JOIN campaign c ON c.id = ob.campaign_id
                        JOIN campaign_requirement r ON r.id = ob.requirement_id
                        WHERE ob.requirement_id IN (SELECT id FROM line) AND c.status = 'LAUNCHED'
                          AND ob.organization_id IN (:organizations) AND ob.fulfilled_on IS NULL
                          AND r.recurrence <> 'QUOTA'
                          AND (ob.period_starts_on IS NULL OR :day BETWEEN ob.period_starts_on AND ob.period_ends_on)
                          AND (ob.opens_on IS NULL OR ob.opens_on <= :day)
                        ORDER BY ob.id
                        """)
                .param("requirement", requirementId)
                .param("campaign", campaignId)
                .param("kind", kind == null ? null : kind.name())
                .param("organizations", organizations)
                .param("day", act.on())
                .query(Long.class)
                .list();
        if (answered.isEmpty()) {
            return;
        }
        for (var line : fulfilments.fulfil(answered, act)) {
            audit.updated(
                    "Obligation",
                    line.id(),
                    line.organizationId(),
                    null,
                    Map.of("fulfilledOn", act.on(), recordKey, recordId, "fulfilledBy", act.by()));
        }
    }
}
