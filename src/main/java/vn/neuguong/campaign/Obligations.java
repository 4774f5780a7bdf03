package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FileStorage;

/** The obligations of organizations in the scope, as lists and pages read them; acts are {@link Fulfilments}. */
@Repository
public class Obligations {

    static final String COLUMNS = "ob.id, ob.campaign_id, ob.requirement_id, ob.organization_id, ob.kind, ob.due_on, "
            + "ob.fulfilled_on, ob.evidence_document_id, ob.note, ob.attachment_key, ob.attachment_name, "
            + "ob.fulfilled_by, ob.refines_obligation_id, ob.version, ob.period_starts_on, ob.period_ends_on, ob.opens_on, "
            + "ob.awaiting_event, ob.acts_owed, ob.acts_done, ob.due_day_on_time";

    /** The kind and label of the event line an obligation {@code ob} of line {@code r} awaits, if it does. */
    static final String AWAITING_COLUMNS = "e.kind AS awaiting_kind, e.label AS awaiting_label";

    /** The join that {@link #AWAITING_COLUMNS} reads. */
    static final String AWAITING_JOIN =
            " LEFT JOIN campaign_requirement e ON ob.awaiting_event AND e.id = r.after_requirement_id";

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private final JdbcClient jdbc;
    private final FileStorage files;
    private final CampaignOrganizations organizations;
    private final QuotaActs quotaActs;

    Obligations(JdbcClient jdbc, FileStorage files, CampaignOrganizations organizations, QuotaActs quotaActs) {
        this.jdbc = jdbc;
        this.files = files;
        this.organizations = organizations;
        this.quotaActs = quotaActs;
    }

    /**
     * One obligation as a list shows it, with its status on the filter's date.
     *
     * @param refinesObligationId the parent campaign's line this one tightens, fulfilled with it
     * @param version what marking it done names, so that a change made meanwhile is not overwritten
     * @param periodStartsOn the calendar period of a recurring line's obligation (null for a one-off line)
     * @param awaitingEvent due some days after an event not yet recorded: the event line's kind and label
     * @param actsOwed acts a quota asks in the period, {@code actsDone} counted so far (1 and 0 or 1 otherwise)
     * @param dueDayOnTime whether an act on the due day itself is on time
     * @param acts the acts counted toward a quota so far, one per unit, in order (none for another line)
     */
    public record ObligationRow(
            long id,
            long campaignId,
            String campaignTitle,
            long requirementId,
            long organizationId,
            String organizationName,
            ObligationKind kind,
            @Schema(nullable = true) String label,
            LocalDate dueOn,
            @Schema(nullable = true) LocalDate fulfilledOn,
            @Schema(nullable = true) String evidenceNumber,
            @Schema(nullable = true) String note,
            @Schema(nullable = true) String attachmentName,
            @Schema(nullable = true) Long refinesObligationId,
            ObligationStatus status,
            int version,
            @Schema(nullable = true) LocalDate periodStartsOn,
            @Schema(nullable = true) LocalDate periodEndsOn,
            @Schema(nullable = true) LocalDate opensOn,
            boolean awaitingEvent,
            @Schema(nullable = true) ObligationKind awaitingKind,
            @Schema(nullable = true) String awaitingLabel,
            int actsOwed,
            int actsDone,
            boolean dueDayOnTime,
            List<CountedAct> acts) {

        public ObligationRow {
            acts = acts == null ? List.of() : List.copyOf(acts);
        }

        ObligationRow withActs(List<CountedAct> counted) {
            return new ObligationRow(
                    id,
                    campaignId,
                    campaignTitle,
                    requirementId,
                    organizationId,
                    organizationName,
                    kind,
                    label,
                    dueOn,
                    fulfilledOn,
                    evidenceNumber,
                    note,
                    attachmentName,
                    refinesObligationId,
                    status,
                    version,
                    periodStartsOn,
                    periodEndsOn,
                    opensOn,
                    awaitingEvent,
                    awaitingKind,
                    awaitingLabel,
                    actsOwed,
                    actsDone,
                    dueDayOnTime,
                    counted);
        }

        /** The period's label, "Tháng 01/2025" or "Quý I/2025"; null for a one-off line. */
        public String periodLabel(Locale locale) {
            return periodStartsOn == null ? null : Periods.label(periodStartsOn, periodEndsOn, locale);
        }
    }

    /**
     * One act counted toward a quota: the unit it falls in (from {@code unitStartsOn}), the day it was done, its
     * evidence (a document's number) or note, and who recorded it ({@code system} for a document issued).
     */
    public record CountedAct(
            LocalDate unitStartsOn,
            Recurrence.QuotaUnit unit,
            LocalDate doneOn,
            @Schema(nullable = true) String evidenceNumber,
            @Schema(nullable = true) String note,
            String recordedBy) {

        /** The unit's label: the day, "Tháng 01/2025" or "Quý I/2025". */
        public String unitLabel(Locale locale) {
            return switch (unit) {
                case DAY -> unitStartsOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
                case MONTH ->
                    Periods.label(unitStartsOn, unitStartsOn.plusMonths(1).minusDays(1), locale);
                case QUARTER ->
                    Periods.label(unitStartsOn, unitStartsOn.plusMonths(3).minusDays(1), locale);
            };
        }
    }

    /**
     * Which obligations to list; every field is optional but the date that stands for "as of" when none is given.
     *
     * @param openOnly only those not done on the date
     */
    public record Filter(
            Long campaignId,
            Long organizationId,
            ObligationStatus status,
            boolean openOnly,
            LocalDate asOf,
            LocalDate today) {

        LocalDate date() {
            return asOf == null ? today : asOf;
        }
    }

    /**
     * Obligations of organizations inside the scope, by due date. An organization outside the scope is not found,
     * like one that does not exist. Across campaigns a line refined by a cascade's line is left out: the
     * organization owes one task for the act, the refining line with the tightest deadline.
     */
    public Page<ObligationRow> list(Filter filter, PageRequest request, Scope scope) {
        if (filter.organizationId() != null
                && organizations.find(filter.organizationId(), scope).isEmpty()) {
            throw new NotFoundException("Organization", filter.organizationId());
        }
        String status = ObligationStatus.sql("ob", "asOf");
        var where = new StringBuilder(" WHERE ").append(scope.covers("o.path"));
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", filter.date());
        if (filter.campaignId() != null) {
            where.append(" AND ob.campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        } else {
            where.append(" AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)");
        }
        if (filter.organizationId() != null) {
            where.append(" AND ob.organization_id = :org");
            params.put("org", filter.organizationId());
        }
        if (filter.status() != null) {
            where.append(" AND ").append(status).append(" = :status");
            params.put("status", filter.status().name());
        }
        if (filter.openOnly()) {
            where.append(" AND ").append(status).append(" IN ('NOT_YET_DUE', 'OVERDUE')");
        }
        String from = " FROM obligation ob JOIN " + TreeSql.organizations() + " o ON o.id = ob.organization_id";
        long total = jdbc.sql("SELECT count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT ob.id, ob.campaign_id, c.title AS campaign_title, ob.requirement_id, "
                        + "ob.organization_id, " + TreeSql.label("ob.organization_id") + " AS organization_name, "
                        + "ob.kind, r.label, ob.due_on, ob.fulfilled_on, "
                        + DocumentSql.numberText("ob.evidence_document_id") + " AS evidence_number, ob.note, "
                        + "ob.attachment_name, ob.refines_obligation_id, " + status + " AS status, ob.version, "
                        + "ob.period_starts_on, ob.period_ends_on, ob.opens_on, ob.awaiting_event, " + AWAITING_COLUMNS
                        + ", ob.acts_owed, ob.acts_done, ob.due_day_on_time, NULL AS acts "
                        + from.substring(1) + " JOIN campaign c ON c.id = ob.campaign_id"
                        + " JOIN campaign_requirement r ON r.id = ob.requirement_id" + AWAITING_JOIN + where
                        + " ORDER BY ob.due_on, o.path, ob.period_starts_on NULLS FIRST, ob.id"
                        + request.limitOffset())
                .params(params)
                .query(ObligationRow.class)
                .list();
        var acts = quotaActs.actsOf(items.stream().map(ObligationRow::id).toList());
        return Page.of(
                items.stream()
                        .map(row -> row.withActs(acts.getOrDefault(row.id(), List.of())))
                        .toList(),
                request,
                total);
    }

    public Optional<Obligation> find(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM obligation ob WHERE ob.id = :id AND "
                        + scope.coversOrganization("ob.organization_id"))
                .param("id", id)
                .query(Obligation.class)
                .optional();
    }

    /** A file attached when the obligation was marked done. */
    public record Attachment(String name, InputStream content) {}

    public Optional<Attachment> attachment(long id, Scope scope) {
        return find(id, scope)
                .filter(o -> o.attachmentKey() != null)
                .map(o -> new Attachment(o.attachmentName(), files.open(o.attachmentKey())));
    }
}
