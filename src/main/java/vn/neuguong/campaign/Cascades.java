package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.directive.DocumentSummary;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * A lower committee takes up a launched campaign with its own plan, launched at once: its obligations are created,
 * each line tightening a parent's line refining the parent's obligation of the same organization. Its ISSUE_PLAN
 * obligation in the parent campaign is fulfilled by that plan.
 */
@Component
class Cascades {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Campaigns campaigns;
    private final CampaignRecords records;
    private final CampaignOrganizations organizations;
    private final Fulfilments fulfilments;
    private final Documents documents;
    private final PeriodOpenings openings;

    Cascades(
            JdbcClient jdbc,
            AuditLog audit,
            Campaigns campaigns,
            CampaignRecords records,
            CampaignOrganizations organizations,
            Fulfilments fulfilments,
            Documents documents,
            PeriodOpenings openings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.campaigns = campaigns;
        this.records = records;
        this.organizations = organizations;
        this.fulfilments = fulfilments;
        this.documents = documents;
        this.openings = openings;
    }

    @Transactional
    Campaign cascade(long parentId, CascadeForm form, Scope scope, LocalDate today) {
        var parent = campaigns.get(parentId, scope);
        parent.requireLaunched();
        // one cascade of a campaign at a time, so that each sees which lines the others already refine
        jdbc.sql("SELECT id FROM campaign WHERE id = :id FOR NO KEY UPDATE")
                .param("id", parentId)
                .query(Long.class)
                .single();
        var rows = form.filledRequirements();
        var errors = new ArrayList<FieldError>(RequirementChecks.check(rows, parent.startsOn(), parent.endsOn()));
        OrganizationRef organization = java.util.Optional.ofNullable(form.organizationId())
                .flatMap(id -> organizations.find(id, scope))
                .filter(CampaignOrganizations::isCommittee)
                .filter(o -> o.id() != parent.ownerId() && isInTargets(parentId, o.id()))
                .orElse(null);
        if (organization == null) {
            errors.add(new FieldError("organizationId", "campaign.cascade.organizationNotTargeted"));
        }
        DocumentSummary plan = java.util.Optional.ofNullable(form.planDocumentId())
                .flatMap(id -> documents.find(id, scope))
                .orElse(null);
        if (plan == null
                || organization == null
                || plan.issuerId() == null
                || plan.issuerId() != organization.id()
                || !implementsDocument(plan.id(), parent.directingDocumentId())) {
            errors.add(new FieldError("planDocumentId", "campaign.cascade.planNotImplementing"));
        }
        errors.addAll(checkParentLines(parentId, rows, organization));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign WHERE parent_id = :p AND owner_id = :o)")
                .param("p", parentId)
                .param("o", organization.id())
                .query(Boolean.class)
                .single();
        if (exists) {
            throw new ConflictException("campaign.cascade.exists");
        }
        LocalDate startsOn = plan.issuedOn().isAfter(parent.startsOn()) ? plan.issuedOn() : parent.startsOn();
        if (startsOn.isAfter(parent.endsOn())) {
            startsOn = parent.endsOn();
        }
        long id;
        try {
            id = records.insert(
                    parent.title(),
                    parent.theme(),
                    plan.id(),
                    organization.id(),
                    parentId,
                    startsOn,
                    parent.endsOn(),
                    today,
                    termRound(parent, organization.id(), startsOn));
            records.addTarget(id, organization.id());
            records.addRequirements(id, rows, true);
            openings.openLineage(parentId, today);
            records.createObligations(id, today);
            records.announceLaunch(id);
        } catch (DuplicateKeyException e) {
            // a concurrent cascade by this committee, or by one above or below it refining the same lines
            throw new ConflictException("campaign.cascade.concurrent");
        }
        fulfilments.recordPlan(plan.id(), organization.id(), plan.issuedOn(), List.of(parent.directingDocumentId()));
        var created = campaigns.get(id, Scope.everything());
        audit.created("Campaign", id, organization.id(), created);
        adoptYears(created);
        return created;
    }

    /**
     * The term theme a committee's round of a yearly theme sits in: the committee's own round of the term theme the
     * yearly theme sits in, when it has one whose dates hold the new round's. Not the upper committee's term theme
     * itself: its board adds up its years, and a round's lines refine the year's obligations, so it would count
     * one act twice.
     */
    private Long termRound(Campaign parent, long ownerId, LocalDate startsOn) {
        if (parent.termCampaignId() == null) {
            return null;
        }
        return jdbc.sql("SELECT id FROM campaign WHERE parent_id = :term AND owner_id = :owner"
                        + " AND starts_on <= :starts AND ends_on >= :ends")
                .param("term", parent.termCampaignId())
                .param("owner", ownerId)
                .param("starts", startsOn)
                .param("ends", parent.endsOn())
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /**
     * A committee's round of a term theme taken up after its rounds of the theme's years: those rounds sit in it
     * from now on, as they would had the term's round come first.
     */
    private void adoptYears(Campaign termRound) {
        var years = jdbc.sql("SELECT " + Campaigns.COLUMNS + " FROM campaign c WHERE c.owner_id = :owner"
                        + " AND c.term_campaign_id IS NULL AND c.starts_on >= :starts AND c.ends_on <= :ends"
                        + " AND c.parent_id IN (SELECT y.id FROM campaign y WHERE y.term_campaign_id = :parent)"
                        + " FOR NO KEY UPDATE")
                .param("owner", termRound.ownerId())
                .param("starts", termRound.startsOn())
                .param("ends", termRound.endsOn())
                .param("parent", termRound.parentId())
                .query(Campaign.class)
                .list();
        for (var year : years) {
            jdbc.sql("UPDATE campaign SET term_campaign_id = :term, version = version + 1 WHERE id = :id")
                    .param("term", termRound.id())
                    .param("id", year.id())
                    .update();
            audit.updated("Campaign", year.id(), year.ownerId(), year, campaigns.get(year.id(), Scope.everything()));
        }
    }

    /** The rules of the rows alone, for a form whose other fields are still missing: shown all at once. */
    List<FieldError> checkRows(long parentId, CascadeForm form, Scope scope) {
        var parent = campaigns.get(parentId, scope);
        var rows = form.filledRequirements();
        var errors = new ArrayList<FieldError>(RequirementChecks.check(rows, parent.startsOn(), parent.endsOn()));
        errors.addAll(checkParentLines(parentId, rows, null));
        return errors;
    }

    /**
     * A row tightening a parent's line keeps its kind and recurrence (so that it refines the parent's line period by
     * period), is due no later, and refines a line no one below refined.
     */
    private List<FieldError> checkParentLines(long parentId, List<RequirementForm> rows, OrganizationRef organization) {
        var errors = new ArrayList<FieldError>();
        Map<Long, Requirement> parentLines = new HashMap<>();
        campaigns.requirements(parentId).forEach(r -> parentLines.put(r.id(), r));
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.parentRequirementId() == null) {
                continue;
            }
            var line = parentLines.get(row.parentRequirementId());
            if (line == null) {
                errors.add(
                        RequirementChecks.line(i, "parentRequirementId", "campaign.cascade.unknownParentLine", null));
                continue;
            }
            if (row.kind() != null && row.kind() != line.kind()) {
                errors.add(RequirementChecks.line(i, "kind", "campaign.cascade.kindDiffers", row.kind()));
            }
            if (row.rule() != line.recurrence()) {
                errors.add(RequirementChecks.line(i, "recurrence", "campaign.cascade.recurrenceDiffers", row.rule()));
            }
            if (row.dueOn() != null && row.dueOn().isAfter(line.dueOn())) {
                errors.add(RequirementChecks.line(i, "dueOn", "campaign.dueOn.laterThanParent", row.dueOn()));
            }
            if (organization != null && refinedBelow(line.id(), organization.id())) {
                errors.add(RequirementChecks.line(i, "parentRequirementId", "campaign.cascade.lineRefined", null));
            }
        }
        return errors;
    }

    /**
     * Whether a line of the parent is already refined by another cascade for an organization of the subtree that
     * would owe it here (the cascading committee does not owe its own round).
     */
    private boolean refinedBelow(long parentRequirementId, long organizationId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM obligation p JOIN obligation k ON k.refines_obligation_id = p.id"
                        + " WHERE p.requirement_id = :line AND p.organization_id <> :org AND "
                        + TreeSql.within("p.organization_id", ":org") + ")")
                .param("line", parentRequirementId)
                .param("org", organizationId)
                .query(Boolean.class)
                .single();
    }

    private boolean isInTargets(long campaignId, long organizationId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign_target t WHERE t.campaign_id = :id AND "
                        + TreeSql.within(":org", "t.organization_id") + ")")
                .param("id", campaignId)
                .param("org", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** Whether {@code documentId} was issued on the basis of {@code basisId}, directly or down a chain of bases. */
    private boolean implementsDocument(long documentId, long basisId) {
        return documents.basesOf(List.of(documentId)).contains(basisId);
    }
}
