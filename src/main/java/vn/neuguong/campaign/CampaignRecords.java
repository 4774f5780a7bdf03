package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.TreeSql;

/** The rows a new campaign is written as, and the obligations its launch puts on the targets' subtrees. */
@Component
class CampaignRecords {

    /**
     * SQL: the calendar periods {@code (starts_on, ends_on)} of the line {@code r} of the campaign {@code c}, those
     * meeting the campaign's start and the line's last day; one row of two nulls for a one-off line.
     */
    static final String SERIES = Periods.seriesSql(Periods.monthsSql("r"), "c.starts_on", "r.due_on");

    /**
     * SQL: whether the period starting on {@code startsOn} (null for a one-off line) of the line {@code r} opens now,
     * on {@code :day}: a one-off line at the launch, a period on its first day, each once (the line's
     * {@code opened_through} is the last day its periods were opened on).
     */
    static String opening(String startsOn) {
        return "(" + startsOn + " IS NULL AND r.opened_through IS NULL OR " + startsOn
                + " > COALESCE(r.opened_through, '-infinity') AND " + startsOn + " <= :day)";
    }

    /**
     * Opening a campaign's lines on {@code :day} (its launch, then each period's first day): every open organization
     * of every target subtree, as the tree stands that day, owes each requirement that applies to its kind, once for
     * a one-off line and once per calendar period for a recurring one (the periods meeting the campaign's start and
     * the line's last day, each due on its last day, never after the line's), opened once the period has started. The
     * owner does not owe its own campaign; departments owe nothing. A window opens on its first day, a period on its
     * first day or the campaign's start; a line due after an event awaits it; a quota owes its number of acts, fewer
     * where the campaign covers only part of the period. A cascade's line that tightens a parent's line refines the
     * parent's obligation of the same organization and period, and starts done if that one is (one act answers both).
     * One statement, however many organizations and periods.
     */
    static final String OPEN_SQL = """
            INSERT INTO obligation (campaign_id, requirement_id, organization_id, kind, due_on, refines_obligation_id,
                                    fulfilled_on, evidence_document_id, note, attachment_key, attachment_name,
                                    fulfilled_by, period_starts_on, period_ends_on, opens_on, awaiting_event,
                                    acts_owed, acts_done, due_day_on_time)
            SELECT r.campaign_id, r.id, o.id, r.kind, pr.due_on, p.id, p.fulfilled_on, p.evidence_document_id, p.note,
                   p.attachment_key, p.attachment_name, p.fulfilled_by, pr.starts_on, pr.ends_on, pr.opens_on,
                   r.recurrence = 'AFTER_EVENT', pr.acts_owed, LEAST(COALESCE(p.acts_done, 0), pr.acts_owed),
                   r.due_day_on_time
            FROM campaign c
            JOIN campaign_requirement r ON r.campaign_id = c.id
            CROSS JOIN LATERAL (
                SELECT s.starts_on, s.ends_on, LEAST(s.ends_on, r.due_on) AS due_on,
                       CASE WHEN r.recurrence = 'WINDOW' THEN r.window_starts_on
                            WHEN s.starts_on IS NOT NULL THEN GREATEST(s.starts_on, c.starts_on) END AS opens_on,
                       CASE WHEN r.recurrence = 'QUOTA' THEN LEAST(r.quota, %s) ELSE 1 END AS acts_owed
                FROM %s s
                WHERE %s
            ) pr
            JOIN campaign_target t ON t.campaign_id = c.id
            CROSS JOIN LATERAL %s o
            LEFT JOIN obligation p ON p.requirement_id = r.parent_requirement_id AND p.organization_id = o.id
                 AND p.period_starts_on IS NOT DISTINCT FROM pr.starts_on
            WHERE c.id = :id AND o.open AND o.id <> c.owner_id AND %s
            ON CONFLICT ON CONSTRAINT obligation_once_per_period DO NOTHING
            """.formatted(
            Periods.unitsSql("r.quota_unit", "GREATEST(s.starts_on, c.starts_on)", "LEAST(s.ends_on, r.due_on)"),
            SERIES,
            opening("s.starts_on"),
            TreeSql.subtree(TreeSql.path("t.organization_id")),
            AppliesTo.matches("o.kind", "r.applies_to"));

    /**
     * The parent's obligations of the periods opening that a cascade's lines refine, locked so that an act recorded
     * on one of them meanwhile is either seen and copied, or waits and then finds the refining line.
     */
    static final String LOCK_REFINED_SQL =
            """
            WITH refined AS (
                SELECT p.id FROM campaign_requirement r
                JOIN obligation p ON p.requirement_id = r.parent_requirement_id
                JOIN campaign_target t ON t.campaign_id = r.campaign_id AND %s
                WHERE r.campaign_id = :id AND %s
                FOR SHARE OF p
            )
            SELECT count(*) FROM refined
            """.formatted(TreeSql.within("p.organization_id", "t.organization_id"), opening("p.period_starts_on"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CampaignRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The obligations of a campaign's lines that open on {@code day}, in one statement: at its launch the one-off lines
     * and the periods started by then, later each period on its first day; how many it created. The lines then count
     * as opened through {@code day}. The planner guesses a thousand periods per line and would compile the statement
     * to machine code first (seconds on a server with JIT, whatever the tree's size), so JIT is off for the
     * transaction.
     */
    int createObligations(long campaignId, LocalDate day) {
        jdbc.sql("SET LOCAL jit = off").update();
        jdbc.sql(LOCK_REFINED_SQL)
                .param("id", campaignId)
                .param("day", day)
                .query(Long.class)
                .single();
        int created =
                jdbc.sql(OPEN_SQL).param("id", campaignId).param("day", day).update();
        jdbc.sql("UPDATE campaign_requirement SET opened_through = :day WHERE campaign_id = :id"
                        + " AND (opened_through IS NULL OR opened_through < :day)")
                .param("id", campaignId)
                .param("day", day)
                .update();
        return created;
    }

    /** Tells the other modules ({@link CampaignLaunched}) that a campaign was launched, in the launch's transaction. */
    void announceLaunch(long campaignId) {
        var launchedOn = jdbc.sql("SELECT launched_on FROM campaign WHERE id = :id")
                .param("id", campaignId)
                .query(LocalDate.class)
                .single();
        events.publishEvent(new CampaignLaunched(campaignId, launchedOn));
    }

    long insert(
            String title,
            String theme,
            long directingDocumentId,
            long ownerId,
            Long parentId,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate launchedOn,
            Long termCampaignId) {
        return jdbc.sql("""
                        INSERT INTO campaign (title, theme, directing_document_id, owner_id, parent_id, starts_on, ends_on,
                                              status, launched_on, term_campaign_id)
                        VALUES (:title, :theme, :doc, :owner, :parent, :starts, :ends, :status, :launched, :term)
                        RETURNING id
                        """)
                .param("title", title)
                .param("theme", theme)
                .param("doc", directingDocumentId)
                .param("owner", ownerId)
                .param("parent", parentId)
                .param("starts", startsOn)
                .param("ends", endsOn)
                .param("status", launchedOn == null ? Campaign.Status.DRAFT.name() : Campaign.Status.LAUNCHED.name())
                .param("launched", launchedOn)
                .param("term", termCampaignId)
                .query(Long.class)
                .single();
    }

    void addTarget(long campaignId, long organizationId) {
        jdbc.sql("INSERT INTO campaign_target (campaign_id, organization_id) VALUES (:c, :o) ON CONFLICT DO NOTHING")
                .param("c", campaignId)
                .param("o", organizationId)
                .update();
    }

    /**
     * The rows of a campaign in their order; each keeps the fields of its recurrence only, and an AFTER_EVENT row
     * names the line its {@code afterLine} is (checked to be an earlier row). Only a cascade's row tightens a
     * parent's line.
     */
    void addRequirements(long campaignId, List<RequirementForm> rows, boolean cascade) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var rule = row.rule();
            ids.add(jdbc.sql("""
                            INSERT INTO campaign_requirement (campaign_id, position, kind, applies_to, due_on, label,
                                                              parent_requirement_id, recurrence, window_starts_on,
                                                              after_requirement_id, days_after, quota, quota_period,
                                                              quota_unit, due_day_on_time)
                            VALUES (:c, :pos, :kind, :applies, :due, :label, :parent, :rule, :window, :after, :days,
                                    :quota, :period, :unit, :onTime)
                            RETURNING id
                            """)
                    .param("c", campaignId)
                    .param("pos", i)
                    .param("kind", row.kind().name())
                    .param("applies", row.appliesTo().name())
                    .param("due", row.dueOn())
                    .param("label", blankToNull(row.label()))
                    .param("parent", cascade ? row.parentRequirementId() : null)
                    .param("rule", rule.name())
                    .param("window", rule == Recurrence.WINDOW ? row.windowStartsOn() : null)
                    .param("after", rule == Recurrence.AFTER_EVENT ? ids.get(row.afterLine()) : null)
                    .param("days", rule == Recurrence.AFTER_EVENT ? row.daysAfter() : null)
                    .param("quota", rule == Recurrence.QUOTA ? row.quota() : null)
                    .param(
                            "period",
                            rule == Recurrence.QUOTA ? row.quotaPeriod().name() : null)
                    .param("unit", rule == Recurrence.QUOTA ? row.quotaUnit().name() : null)
                    .param("onTime", row.onTimeOnDueDay())
                    .query(Long.class)
                    .single());
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
