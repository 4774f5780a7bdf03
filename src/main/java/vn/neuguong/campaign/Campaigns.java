package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.campaign.CampaignViews.CampaignDetail;
import vn.neuguong.campaign.CampaignViews.CampaignRow;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.directive.DocumentSummary;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * The campaigns. A staff member sees those owned inside the scope and those aimed at a subtree that overlaps it;
 * only the owner's staff change a campaign.
 */
@Repository
public class Campaigns {

    static final String COLUMNS = "c.id, c.title, c.theme, c.directing_document_id, c.owner_id, c.parent_id, "
            + "c.starts_on, c.ends_on, c.status, c.launched_on, c.version";

    /**
     * Launching: every open organization of every target subtree, as the tree stands that day, owes each requirement
     * that applies to its kind. The owner does not owe its own campaign; departments owe nothing. A cascade's line
     * that tightens a parent's line refines the parent's obligation of the same organization, and starts done if
     * that one is (one act answers both).
     */
    static final String LAUNCH_SQL = """
            INSERT INTO obligation (campaign_id, requirement_id, organization_id, kind, due_on, refines_obligation_id,
                                    fulfilled_on, evidence_document_id, note, attachment_key, attachment_name,
                                    fulfilled_by)
            SELECT r.campaign_id, r.id, o.id, r.kind, r.due_on, p.id, p.fulfilled_on, p.evidence_document_id, p.note,
                   p.attachment_key, p.attachment_name, p.fulfilled_by
            FROM campaign c
            JOIN campaign_requirement r ON r.campaign_id = c.id
            JOIN campaign_target t ON t.campaign_id = c.id
            JOIN organization tg ON tg.id = t.organization_id
            JOIN organization o ON o.path <@ tg.path
            LEFT JOIN obligation p ON p.requirement_id = r.parent_requirement_id AND p.organization_id = o.id
            WHERE c.id = :id AND o.closed_on IS NULL AND o.kind <> 'DEPARTMENT' AND o.id <> c.owner_id
              AND (r.applies_to = 'ALL' OR o.kind = r.applies_to)
            ON CONFLICT (requirement_id, organization_id) DO NOTHING
            """;

    /**
     * The parent's obligations that launching a cascade refines, locked so that an act recorded on one of them
     * meanwhile is either seen and copied, or waits and then finds the refining line.
     */
    static final String LOCK_REFINED_SQL = """
            WITH refined AS (
                SELECT p.id FROM campaign_requirement r
                JOIN obligation p ON p.requirement_id = r.parent_requirement_id
                JOIN organization o ON o.id = p.organization_id
                JOIN campaign_target t ON t.campaign_id = r.campaign_id
                JOIN organization tg ON tg.id = t.organization_id AND o.path <@ tg.path
                WHERE r.campaign_id = :id
                FOR SHARE OF p
            )
            SELECT count(*) FROM refined
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Obligations obligations;
    private final Documents documents;

    Campaigns(JdbcClient jdbc, AuditLog audit, Obligations obligations, Documents documents) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.obligations = obligations;
        this.documents = documents;
    }

    /** SQL: the campaign {@code c} is owned inside the scope or aimed at a subtree that overlaps it. */
    static String visible(Scope scope) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        if (scope.roots().isEmpty()) {
            return "FALSE";
        }
        return "(EXISTS (SELECT 1 FROM organization ow WHERE ow.id = c.owner_id AND " + scope.covers("ow.path") + ")"
                + " OR EXISTS (SELECT 1 FROM campaign_target vt JOIN organization vo ON vo.id = vt.organization_id"
                + " WHERE vt.campaign_id = c.id AND (" + scope.covers("vo.path")
                + " OR EXISTS (SELECT 1 FROM organization vs WHERE vs.id IN (:" + Scope.PARAMETER
                + ") AND vs.path <@ vo.path))))";
    }

    public List<CampaignRow> list(Scope scope) {
        return jdbc.sql("SELECT c.id, c.title, c.owner_id, ow.name AS owner_name, c.parent_id, d.number_text AS "
                        + "directing_number, c.starts_on, c.ends_on, c.status FROM campaign c "
                        + "JOIN organization ow ON ow.id = c.owner_id JOIN document d ON d.id = c.directing_document_id "
                        + "WHERE " + visible(scope) + " ORDER BY c.starts_on DESC, c.id DESC")
                .params(scope.parameters())
                .query(CampaignRow.class)
                .list();
    }

    public Optional<Campaign> find(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign c WHERE c.id = :id AND " + visible(scope))
                .param("id", id)
                .params(scope.parameters())
                .query(Campaign.class)
                .optional();
    }

    public Campaign get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    /** Whether the scope covers the owner, which is what changing a campaign takes. */
    boolean manages(Campaign campaign, Scope scope) {
        return organizationInScope(campaign.ownerId(), scope).isPresent();
    }

    public CampaignDetail detail(long id, Scope scope) {
        var campaign = get(id, scope);
        var owner = organizationInScope(campaign.ownerId(), Scope.everything()).orElseThrow();
        var cascades = jdbc.sql("SELECT c.id, c.title, c.owner_id, ow.name AS owner_name, c.parent_id, "
                        + "d.number_text AS directing_number, c.starts_on, c.ends_on, c.status FROM campaign c "
                        + "JOIN organization ow ON ow.id = c.owner_id JOIN document d ON d.id = c.directing_document_id "
                        + "WHERE c.parent_id = :id AND " + visible(scope) + " ORDER BY ow.name COLLATE vi_icu")
                .param("id", id)
                .params(scope.parameters())
                .query(CampaignRow.class)
                .list();
        long count = jdbc.sql("SELECT count(*) FROM obligation WHERE campaign_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        return new CampaignDetail(
                campaign,
                owner.name(),
                documents
                        .find(campaign.directingDocumentId(), Scope.everything())
                        .orElseThrow(),
                targets(id),
                requirements(id),
                cascades,
                manages(campaign, scope),
                count);
    }

    public List<Requirement> requirements(long campaignId) {
        return jdbc.sql("SELECT id, campaign_id, position, kind, applies_to, due_on, label, parent_requirement_id "
                        + "FROM campaign_requirement WHERE campaign_id = :id ORDER BY position")
                .param("id", campaignId)
                .query(Requirement.class)
                .list();
    }

    List<OrganizationRef> targets(long campaignId) {
        return jdbc.sql("SELECT o.id, o.name, o.kind, o.path::text AS path FROM campaign_target t "
                        + "JOIN organization o ON o.id = t.organization_id WHERE t.campaign_id = :id ORDER BY o.path")
                .param("id", campaignId)
                .query(OrganizationRef.class)
                .list();
    }

    /** Documents an organization in the scope could direct a campaign with, newest first, for the forms. */
    List<DocumentSummary> documentsIssuedInScope(Scope scope) {
        return jdbc.sql("SELECT d.id, d.number_text AS number, d.type_code, d.issuer_id, i.name AS issuer_name, "
                        + "d.issued_on, d.summary FROM document d JOIN organization i ON i.id = d.issuer_id WHERE "
                        + scope.covers("i.path") + " ORDER BY d.issued_on DESC, d.id DESC LIMIT 200")
                .params(scope.parameters())
                .query(DocumentSummary.class)
                .list();
    }

    /** Committees in the scope, which may own a campaign or be a target. */
    List<OrganizationRef> committeesInScope(Scope scope) {
        return jdbc.sql(
                        "SELECT o.id, o.name, o.kind, o.path::text AS path FROM organization o WHERE o.closed_on IS NULL "
                                + "AND o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE') AND " + scope.covers("o.path")
                                + " ORDER BY o.path LIMIT 500")
                .params(scope.parameters())
                .query(OrganizationRef.class)
                .list();
    }

    private Optional<OrganizationRef> organizationInScope(long id, Scope scope) {
        return jdbc.sql("SELECT o.id, o.name, o.kind, o.path::text AS path FROM organization o WHERE o.id = :id AND "
                        + scope.covers("o.path"))
                .param("id", id)
                .params(scope.parameters())
                .query(OrganizationRef.class)
                .optional();
    }

    @Transactional
    public Campaign create(CampaignForm form, Scope scope) {
        var errors = new ArrayList<>(form.check());
        if (form.ownerId() != null) {
            var owner = organizationInScope(form.ownerId(), scope);
            if (owner.isEmpty() || !isCommittee(owner.get())) {
                errors.add(new FieldError("ownerId", "campaign.owner.notAllowed"));
            } else {
                for (Long target : form.targets()) {
                    if (organizationInScope(target, Scope.below(form.ownerId())).isEmpty()) {
                        errors.add(new FieldError("targetIds", "campaign.targets.outsideOwner", null, target));
                    }
                }
            }
        }
        if (form.directingDocumentId() != null
                && documents.find(form.directingDocumentId(), scope).isEmpty()) {
            errors.add(new FieldError("directingDocumentId", "campaign.directingDocument.notFound"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = insert(
                form.title().strip(),
                blankToNull(form.theme()),
                form.directingDocumentId(),
                form.ownerId(),
                null,
                form.startsOn(),
                form.endsOn(),
                null);
        form.targets().forEach(target -> addTarget(id, target));
        var requirements = form.filledRequirements();
        for (int i = 0; i < requirements.size(); i++) {
            addRequirement(id, i, requirements.get(i), null);
        }
        var created = get(id, Scope.everything());
        audit.created("Campaign", id, created.ownerId(), created);
        return created;
    }

    /** Launches a draft: the obligations of the targets' organizations are created in one statement. */
    @Transactional
    public int launch(long id, Scope scope, LocalDate today) {
        var campaign = get(id, scope);
        if (!manages(campaign, scope)) {
            throw new NotFoundException("Campaign", id);
        }
        var locked = jdbc.sql("SELECT " + COLUMNS + " FROM campaign c WHERE c.id = :id FOR UPDATE")
                .param("id", id)
                .query(Campaign.class)
                .single();
        var launched = locked.launch(today);
        jdbc.sql("UPDATE campaign SET status = :status, launched_on = :on, version = :version WHERE id = :id")
                .param("status", launched.status().name())
                .param("on", launched.launchedOn())
                .param("version", launched.version())
                .param("id", id)
                .update();
        int created = createObligations(id);
        audit.updated("Campaign", id, campaign.ownerId(), locked, Map.of("campaign", launched, "obligations", created));
        return created;
    }

    private int createObligations(long campaignId) {
        jdbc.sql(LOCK_REFINED_SQL).param("id", campaignId).query(Long.class).single();
        return jdbc.sql(LAUNCH_SQL).param("id", campaignId).update();
    }

    /**
     * A lower committee takes up a launched campaign with its own plan, launched at once: its obligations are
     * created, each line tightening a parent's line refining the parent's obligation of the same organization. Its
     * ISSUE_PLAN obligation in the parent campaign is fulfilled by that plan.
     */
    @Transactional
    public Campaign cascade(long parentId, CascadeForm form, Scope scope, LocalDate today) {
        var parent = get(parentId, scope);
        parent.requireLaunched();
        // one cascade of a campaign at a time, so that each sees which lines the others already refine
        jdbc.sql("SELECT id FROM campaign WHERE id = :id FOR NO KEY UPDATE")
                .param("id", parentId)
                .query(Long.class)
                .single();
        var rows = form.filledRequirements();
        var errors = new ArrayList<FieldError>(CampaignForm.checkRequirements(rows, parent.endsOn()));
        OrganizationRef organization = null;
        if (form.organizationId() == null) {
            errors.add(new FieldError("organizationId", "validation.required"));
        } else {
            organization = organizationInScope(form.organizationId(), scope)
                    .filter(Campaigns::isCommittee)
                    .filter(o -> o.id() != parent.ownerId() && isInTargets(parentId, o.id()))
                    .orElse(null);
            if (organization == null) {
                errors.add(new FieldError("organizationId", "campaign.cascade.organizationNotTargeted"));
            }
        }
        DocumentSummary plan = null;
        if (form.planDocumentId() == null) {
            errors.add(new FieldError("planDocumentId", "validation.required"));
        } else {
            plan = documents.find(form.planDocumentId(), scope).orElse(null);
            if (plan == null
                    || organization == null
                    || plan.issuerId() == null
                    || plan.issuerId() != organization.id()
                    || !implementsDocument(plan.id(), parent.directingDocumentId())) {
                errors.add(new FieldError("planDocumentId", "campaign.cascade.planNotImplementing"));
            }
        }
        Map<Long, Requirement> parentLines = new HashMap<>();
        requirements(parentId).forEach(r -> parentLines.put(r.id(), r));
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.parentRequirementId() == null) {
                continue;
            }
            var line = parentLines.get(row.parentRequirementId());
            if (line == null) {
                errors.add(new FieldError("parentRequirementId", "campaign.cascade.unknownParentLine", i, null));
            } else {
                if (row.kind() != null && row.kind() != line.kind()) {
                    errors.add(new FieldError("kind", "campaign.cascade.kindDiffers", i, row.kind()));
                }
                if (row.dueOn() != null && row.dueOn().isAfter(line.dueOn())) {
                    errors.add(new FieldError("dueOn", "campaign.dueOn.laterThanParent", i, row.dueOn()));
                }
                if (organization != null && refinedBelow(line.id(), organization.id())) {
                    errors.add(new FieldError("parentRequirementId", "campaign.cascade.lineRefined", i, null));
                }
            }
        }
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
            id = insert(
                    parent.title(),
                    parent.theme(),
                    plan.id(),
                    organization.id(),
                    parentId,
                    startsOn,
                    parent.endsOn(),
                    today);
            addTarget(id, organization.id());
            for (int i = 0; i < rows.size(); i++) {
                addRequirement(id, i, rows.get(i), rows.get(i).parentRequirementId());
            }
            createObligations(id);
        } catch (DuplicateKeyException e) {
            // a concurrent cascade by this committee, or by one above or below it refining the same lines
            throw new ConflictException("campaign.cascade.concurrent");
        }
        obligations.recordPlan(plan.id(), organization.id(), plan.issuedOn(), List.of(parent.directingDocumentId()));
        var created = get(id, Scope.everything());
        audit.created("Campaign", id, organization.id(), created);
        return created;
    }

    /**
     * Whether a line of the parent is already refined by another cascade for an organization of the subtree that
     * would owe it here (the cascading committee does not owe its own round).
     */
    private boolean refinedBelow(long parentRequirementId, long organizationId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM obligation p
                            JOIN organization o ON o.id = p.organization_id
                            JOIN organization top ON top.id = :org AND o.path <@ top.path
                            JOIN obligation k ON k.refines_obligation_id = p.id
                            WHERE p.requirement_id = :line AND o.id <> :org)
                        """)
                .param("line", parentRequirementId)
                .param("org", organizationId)
                .query(Boolean.class)
                .single();
    }

    private boolean isInTargets(long campaignId, long organizationId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM campaign_target t JOIN organization tg ON tg.id = t.organization_id "
                                + "JOIN organization o ON o.id = :org AND o.path <@ tg.path WHERE t.campaign_id = :id)")
                .param("id", campaignId)
                .param("org", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** Whether {@code documentId} was issued on the basis of {@code basisId}, directly or down a chain of bases. */
    boolean implementsDocument(long documentId, long basisId) {
        return documents.basesOf(List.of(documentId)).contains(basisId);
    }

    private long insert(
            String title,
            String theme,
            long directingDocumentId,
            long ownerId,
            Long parentId,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate launchedOn) {
        return jdbc.sql("""
                        INSERT INTO campaign (title, theme, directing_document_id, owner_id, parent_id, starts_on, ends_on,
                                              status, launched_on)
                        VALUES (:title, :theme, :doc, :owner, :parent, :starts, :ends, :status, :launched) RETURNING id
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
                .query(Long.class)
                .single();
    }

    private void addTarget(long campaignId, long organizationId) {
        jdbc.sql("INSERT INTO campaign_target (campaign_id, organization_id) VALUES (:c, :o) ON CONFLICT DO NOTHING")
                .param("c", campaignId)
                .param("o", organizationId)
                .update();
    }

    private void addRequirement(long campaignId, int position, RequirementForm row, Long parentRequirementId) {
        jdbc.sql("""
                        INSERT INTO campaign_requirement (campaign_id, position, kind, applies_to, due_on, label,
                                                          parent_requirement_id)
                        VALUES (:c, :pos, :kind, :applies, :due, :label, :parent)
                        """)
                .param("c", campaignId)
                .param("pos", position)
                .param("kind", row.kind().name())
                .param("applies", row.appliesTo().name())
                .param("due", row.dueOn())
                .param("label", blankToNull(row.label()))
                .param("parent", parentRequirementId)
                .update();
    }

    private static boolean isCommittee(OrganizationRef organization) {
        return organization.kind().equals("COMMITTEE") || organization.kind().equals("GRASSROOTS_COMMITTEE");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
