package vn.neuguong.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.campaign.ReviewIssued;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * Interim and final reviews: drafted by the committee's staff, read by the scope that covers the committee, issued
 * through the document registry as the committee's next report (BC) of its term, citing the campaign's directing
 * document; an interim review then fulfils the committee's INTERIM_REVIEW lines ({@link ReviewIssued}).
 */
@Component
@Transactional
class Reviews {

    private static final TypeReference<List<Review.Figure>> FIGURES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReportFigures figures;
    private final Documents documents;
    private final ReviewBody bodies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JsonMapper json;

    Reviews(
            JdbcClient jdbc,
            ReportFigures figures,
            Documents documents,
            ReviewBody bodies,
            AuditLog audit,
            ApplicationEventPublisher events,
            MessageSource messages,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.documents = documents;
        this.bodies = bodies;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.json = json;
    }

    Review create(ReviewInput.Draft draft, Actor actor) {
        check(draft, Scope.of(actor));
        long id = jdbc.sql("""
                        INSERT INTO report_review (campaign_id, organization_id, kind, title, period_starts_on,
                                                   period_ends_on, conclusions)
                        VALUES (:campaign, :organization, :kind, :title, :start, :end, :conclusions) RETURNING id
                        """).params(columns(draft)).query(Long.class).single();
        exemplars(id, draft);
        var created = get(id, Scope.everything());
        audit.created("Review", id, created.organizationId(), created);
        return created;
    }

    Review change(long id, int version, ReviewInput.Draft draft, Actor actor) {
        var before = editable(id, version, actor);
        check(draft, Scope.of(actor));
        var parameters = columns(draft);
        parameters.put("id", id);
        jdbc.sql("""
                        UPDATE report_review SET campaign_id = :campaign, organization_id = :organization, kind = :kind,
                               title = :title, period_starts_on = :start, period_ends_on = :end,
                               conclusions = :conclusions, version = version + 1
                        WHERE id = :id
                        """).params(parameters).update();
        jdbc.sql("DELETE FROM report_review_exemplar WHERE review_id = :id")
                .param("id", id)
                .update();
        exemplars(id, draft);
        var after = get(id, Scope.everything());
        audit.updated("Review", id, after.organizationId(), before, after);
        return after;
    }

    /** Issues the draft as the committee's numbered report, keeping its figures as they are on the day. */
    Review issue(long id, int version, ReviewInput.Issue input, Actor actor) {
        var review = editable(id, version, actor);
        var scope = Scope.of(actor);
        Long basis = jdbc.sql("SELECT " + CampaignSql.directingDocument(":c"))
                .param("c", review.campaignId())
                .query(Long.class)
                .single();
        var document = documents.issue(
                new Documents.NewDocument(
                        "BC",
                        review.organizationId(),
                        input.issuedOn(),
                        review.title(),
                        bodies.html(review),
                        List.of(basis),
                        List.of(),
                        false,
                        null,
                        input.signerId()),
                scope);
        jdbc.sql("""
                        UPDATE report_review SET status = 'ISSUED', document_id = :document, issued_on = :on,
                               figures = CAST(:figures AS jsonb), version = version + 1
                        WHERE id = :id
                        """)
                .param("document", document.id())
                .param("on", input.issuedOn())
                .param("figures", json.writeValueAsString(review.figures()))
                .param("id", id)
                .update();
        var issued = get(id, Scope.everything());
        audit.updated(
                "Review",
                id,
                review.organizationId(),
                Map.of("status", "DRAFT"),
                Map.of("status", "ISSUED", "documentId", document.id(), "number", document.number()));
        if (review.kind() == Review.Kind.INTERIM) {
            events.publishEvent(new ReviewIssued(
                    id,
                    review.title(),
                    input.issuedOn(),
                    review.organizationId(),
                    review.campaignId(),
                    document.id(),
                    actor.displayName()));
        }
        return issued;
    }

    Review get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("Review", id));
    }

    /** The reviews of the committees in the scope, the latest period first. */
    @Transactional(readOnly = true)
    Page<Review> list(Scope scope, PageRequest request) {
        String where = " FROM report_review v WHERE " + scope.coversOrganization("v.organization_id");
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(scope.parameters())
                .query(Long.class)
                .single();
        var ids = jdbc.sql("SELECT v.id" + where + " ORDER BY v.period_ends_on DESC, v.id DESC" + request.limitOffset())
                .params(scope.parameters())
                .query(Long.class)
                .list();
        // a draft's figures are counted over its whole subtree: a list shows them only once issued
        var items = ids.stream()
                .map(id -> find(id, Scope.everything(), false).orElseThrow())
                .toList();
        return Page.of(items, request, total);
    }

    @Transactional(readOnly = true)
    Optional<Review> find(long id, Scope scope) {
        return find(id, scope, true);
    }

    /** The review; a draft's figures counted now when {@code counted}, else none until it is issued. */
    private Optional<Review> find(long id, Scope scope, boolean counted) {
        var parameters = new HashMap<String, Object>(scope.parameters());
        parameters.put("id", id);
        var exemplars = jdbc.sql("""
                        SELECT kind, name, achievement FROM report_review_exemplar WHERE review_id = :id
                        ORDER BY position
                        """)
                .param("id", id)
                .query((rs, n) -> new Review.Exemplar(
                        Review.Exemplars.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("achievement")))
                .list();
        Locale locale = LocaleContextHolder.getLocale();
        return jdbc.sql("SELECT v.*, " + CampaignSql.title("v.campaign_id") + " AS campaign_title, "
                        + TreeSql.name("v.organization_id") + " AS organization_name, "
                        + DocumentSql.numberText("v.document_id")
                        + " AS document_number, v.figures::text AS issued_figures FROM report_review v"
                        + " WHERE v.id = :id AND " + scope.coversOrganization("v.organization_id"))
                .params(parameters)
                .query((rs, n) -> {
                    var start = rs.getObject("period_starts_on", LocalDate.class);
                    var end = rs.getObject("period_ends_on", LocalDate.class);
                    long organization = rs.getLong("organization_id");
                    String issued = rs.getString("issued_figures");
                    return new Review(
                            rs.getLong("id"),
                            rs.getLong("campaign_id"),
                            rs.getString("campaign_title"),
                            organization,
                            rs.getString("organization_name"),
                            Review.Kind.valueOf(rs.getString("kind")),
                            rs.getString("title"),
                            start,
                            end,
                            rs.getString("conclusions"),
                            Review.Status.valueOf(rs.getString("status")),
                            (Long) rs.getObject("document_id"),
                            rs.getString("document_number"),
                            rs.getObject("issued_on", LocalDate.class),
                            issued != null
                                    ? labelled(json.readValue(issued, FIGURES), locale)
                                    : counted ? live(organization, start, end, locale) : List.of(),
                            exemplars,
                            rs.getInt("version"));
                })
                .optional();
    }

    /** The figures as issued, labelled in the reader's language (the issue keeps keys and values, not words). */
    private List<Review.Figure> labelled(List<Review.Figure> figures, Locale locale) {
        return figures.stream()
                .map(f -> new Review.Figure(
                        f.key(), messages.getMessage("figure." + f.key(), null, f.key(), locale), f.value()))
                .toList();
    }

    private List<Review.Figure> live(long organization, LocalDate start, LocalDate end, Locale locale) {
        var keys = figures.keys();
        var counted = figures.count(organization, start, end, keys);
        return keys.stream()
                .map(key -> new Review.Figure(
                        key, messages.getMessage("figure." + key, null, key, locale), counted.getOrDefault(key, 0L)))
                .toList();
    }

    private Review editable(long id, int version, Actor actor) {
        var review = get(id, Scope.of(actor));
        if (review.version() != version) {
            throw new ConflictException("report.version.stale");
        }
        if (review.status() == Review.Status.ISSUED) {
            throw new InvalidInputException("status", "review.status.issued");
        }
        return review;
    }

    private void check(ReviewInput.Draft draft, Scope scope) {
        var errors = new FieldErrors();
        var parameters = new HashMap<String, Object>(scope.parameters());
        parameters.put("o", draft.organizationId());
        parameters.put("c", draft.campaignId());
        if (!jdbc.sql("SELECT " + scope.coversOrganization(":o"))
                .params(parameters)
                .query(Boolean.class)
                .single()) {
            errors.add("organizationId", "report.organization.outside");
        }
        if (!jdbc.sql("SELECT " + CampaignSql.exists(":c"))
                .params(parameters)
                .query(Boolean.class)
                .single()) {
            errors.add("campaignId", "report.campaign.unknown");
        }
        if (draft.periodEndsOn().isBefore(draft.periodStartsOn())) {
            errors.add("periodEndsOn", "review.period.endsBeforeStart");
        }
        errors.throwIfAny();
    }

    private static HashMap<String, Object> columns(ReviewInput.Draft draft) {
        var columns = new HashMap<String, Object>();
        columns.put("campaign", draft.campaignId());
        columns.put("organization", draft.organizationId());
        columns.put("kind", draft.kind().name());
        columns.put("title", draft.title().strip());
        columns.put("start", draft.periodStartsOn());
        columns.put("end", draft.periodEndsOn());
        columns.put("conclusions", ReportTemplates.blankToNull(draft.conclusions()));
        return columns;
    }

    private void exemplars(long id, ReviewInput.Draft draft) {
        var list = draft.exemplars() == null ? List.<ReviewInput.ExemplarInput>of() : draft.exemplars();
        for (int i = 0; i < list.size(); i++) {
            var e = list.get(i);
            jdbc.sql("""
                            INSERT INTO report_review_exemplar (review_id, position, kind, name, achievement)
                            VALUES (:review, :position, :kind, :name, :achievement)
                            """)
                    .param("review", id)
                    .param("position", i + 1)
                    .param("kind", e.kind().name())
                    .param("name", e.name().strip())
                    .param("achievement", ReportTemplates.blankToNull(e.achievement()))
                    .update();
        }
    }
}
