package vn.neuguong.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.campaign.ReviewIssued;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.InvalidInputException;

/**
 * What changes a review: its draft (by the staff whose scope covers the committee) and its issue through the
 * document registry as the committee's next report (BC) of its term, citing the campaign's directing document; an
 * interim review then fulfils the committee's INTERIM_REVIEW lines ({@link ReviewIssued}). Each change checks the
 * version read and is audited.
 */
@Component
@Transactional
class ReviewWork {

    private final JdbcClient jdbc;
    private final Reviews reviews;
    private final Organizations organizations;
    private final Documents documents;
    private final ReviewBody bodies;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ReviewWork(
            JdbcClient jdbc,
            Reviews reviews,
            Organizations organizations,
            Documents documents,
            ReviewBody bodies,
            AuditLog audit,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.organizations = organizations;
        this.documents = documents;
        this.bodies = bodies;
        this.audit = audit;
        this.events = events;
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
        var created = reviews.get(id, Scope.everything());
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
        var after = reviews.get(id, Scope.everything());
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
        var issued = reviews.get(id, Scope.everything());
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

    private Review editable(long id, int version, Actor actor) {
        var review = reviews.get(id, Scope.of(actor));
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
        if (organizations.find(draft.organizationId(), scope).isEmpty()) {
            errors.add("organizationId", "report.organization.outside");
        }
        if (!jdbc.sql("SELECT " + CampaignSql.exists(":c"))
                .param("c", draft.campaignId())
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
