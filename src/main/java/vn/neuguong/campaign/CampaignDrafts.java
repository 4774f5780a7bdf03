package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/** A committee's own campaign: drafted inside the scope, then launched onto the targets' subtrees. */
@Component
class CampaignDrafts {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Campaigns campaigns;
    private final CampaignRecords records;
    private final CampaignOrganizations organizations;
    private final Documents documents;

    CampaignDrafts(
            JdbcClient jdbc,
            AuditLog audit,
            Campaigns campaigns,
            CampaignRecords records,
            CampaignOrganizations organizations,
            Documents documents) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.campaigns = campaigns;
        this.records = records;
        this.organizations = organizations;
        this.documents = documents;
    }

    /**
     * Drafts a campaign (the form already passed Bean Validation): its dates and rows agree ({@link
     * CampaignForm#check()}), the owner is a committee in the scope, each target lies in its subtree, and the
     * directing document is readable.
     */
    @Transactional
    Campaign create(CampaignForm form, Scope scope) {
        var errors = new ArrayList<>(form.check());
        if (form.ownerId() != null) {
            var owner = organizations.find(form.ownerId(), scope);
            if (owner.isEmpty() || !CampaignOrganizations.isCommittee(owner.get())) {
                errors.add(new FieldError("ownerId", "campaign.owner.notAllowed"));
            } else {
                for (Long target : form.targets()) {
                    if (organizations.find(target, Scope.below(form.ownerId())).isEmpty()) {
                        errors.add(new FieldError("targetIds", "campaign.targets.outsideOwner", null, target));
                    }
                }
            }
        }
        if (form.directingDocumentId() != null
                && documents.find(form.directingDocumentId(), scope).isEmpty()) {
            errors.add(new FieldError("directingDocumentId", "campaign.directingDocument.notFound"));
        }
        if (form.termCampaignId() != null && !fitsTerm(form)) {
            errors.add(new FieldError("termCampaignId", "campaign.term.notAllowed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = records.insert(
                form.title().strip(),
                CampaignRecords.blankToNull(form.theme()),
                form.directingDocumentId(),
                form.ownerId(),
                null,
                form.startsOn(),
                form.endsOn(),
                null,
                form.termCampaignId());
        form.targets().forEach(target -> records.addTarget(id, target));
        records.addRequirements(id, form.filledRequirements(), false);
        var created = campaigns.get(id, Scope.everything());
        audit.created("Campaign", id, created.ownerId(), created);
        return created;
    }

    /**
     * Launches a draft the caller read at {@code version}: the obligations of the targets' organizations are created
     * in one statement: the one-off lines and the periods started by {@code today}, the later ones as each opens. A campaign changed since answers 409.
     */
    @Transactional
    int launch(long id, int version, Scope scope, LocalDate today) {
        var campaign = campaigns.get(id, scope);
        if (!campaigns.manages(campaign, scope)) {
            throw new NotFoundException("Campaign", id);
        }
        var locked = lock(id);
        var launched = locked.launch(today);
        if (locked.version() != version) {
            throw new ConflictException("campaign.version.stale");
        }
        jdbc.sql("UPDATE campaign SET status = :status, launched_on = :on, version = :version WHERE id = :id")
                .param("status", launched.status().name())
                .param("on", launched.launchedOn())
                .param("version", launched.version())
                .param("id", id)
                .update();
        int created = records.createObligations(id, today);
        records.announceLaunch(id);
        audit.updated("Campaign", id, campaign.ownerId(), locked, Map.of("campaign", launched, "obligations", created));
        return created;
    }

    /**
     * Whether the term theme named is a launched campaign of the owner or of a committee above it whose dates contain
     * the new campaign's. Anything else, a campaign outside the owner's line included, is refused alike.
     */
    private boolean fitsTerm(CampaignForm form) {
        if (form.ownerId() == null || form.startsOn() == null || form.endsOn() == null) {
            return true;
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign t WHERE t.id = :term AND t.status = 'LAUNCHED'"
                        + " AND t.starts_on <= :starts AND t.ends_on >= :ends AND "
                        + TreeSql.within(":owner", "t.owner_id") + ")")
                .param("term", form.termCampaignId())
                .param("starts", form.startsOn())
                .param("ends", form.endsOn())
                .param("owner", form.ownerId())
                .query(Boolean.class)
                .single();
    }

    private Campaign lock(long id) {
        return jdbc.sql("SELECT " + Campaigns.COLUMNS + " FROM campaign c WHERE c.id = :id FOR UPDATE")
                .param("id", id)
                .query(Campaign.class)
                .single();
    }
}
