package vn.neuguong.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.Fulfilments.Act;
import vn.neuguong.shared.AuditLog;

/**
 * A held meeting with approved minutes fulfils, as of the meeting day, the open obligations it answers: the host's,
 * and each bridge point organization's own, on the meeting's line (or the lines cascaded from it), for a recurring
 * line the period containing the day. The meeting is named in the note as the evidence.
 *
 * <p>The listener is synchronous ({@link EventListener}, not an after-commit module listener): the minutes are not
 * approved unless the acts are recorded, and a refused act (a line changed meanwhile) rolls the approval back, so the
 * compliance board never disagrees with the minutes.
 */
@Component
class MeetingFulfilments {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Fulfilments fulfilments;

    MeetingFulfilments(JdbcClient jdbc, AuditLog audit, Fulfilments fulfilments) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.fulfilments = fulfilments;
    }

    @EventListener
    @Transactional
    public void on(MeetingHeld event) {
        recordFromMeeting(event);
    }

    /**
     * Records the meeting's act on the open obligations it answers, with their refinement chains. Quota lines (one act
     * per unit) are left to be ticked by hand.
     *
     * @return the obligations fulfilled
     */
    @Transactional
    public List<Long> recordFromMeeting(MeetingHeld event) {
        var organizations = new ArrayList<Long>();
        organizations.add(event.hostId());
        organizations.addAll(event.bridgePointIds());
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
                .param("requirement", event.requirementId())
                .param("campaign", event.campaignId())
                .param("kind", event.kind() == null ? null : event.kind().name())
                .param("organizations", organizations)
                .param("day", event.heldOn())
                .query(Long.class)
                .list();
        if (answered.isEmpty()) {
            return List.of();
        }
        String note = "Hội nghị/cuộc họp #" + event.meetingId() + ": " + event.title();
        var act = new Act(event.heldOn(), null, note, null, null, event.approvedBy());
        var lines = fulfilments.fulfil(answered, act);
        for (var line : lines) {
            audit.updated(
                    "Obligation",
                    line.id(),
                    line.organizationId(),
                    null,
                    Map.of("fulfilledOn", event.heldOn(), "meetingId", event.meetingId(), "fulfilledBy", act.by()));
        }
        return lines.stream().map(Fulfilments.Line::id).toList();
    }
}
