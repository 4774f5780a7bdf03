package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import vn.neuguong.shared.ConflictException;

/**
 * A campaign: directed by a document, owned by an organization, aimed at subtrees. It is drafted, then launched,
 * which puts the obligations on every organization of the targets.
 *
 * @param parentId the campaign this one cascades from, for a lower committee's own round
 * @param termCampaignId the whole-term theme this yearly theme sits in; its board adds up its years
 */
public record Campaign(
        long id,
        String title,
        @Schema(nullable = true) String theme,
        long directingDocumentId,
        long ownerId,
        @Schema(nullable = true) Long parentId,
        LocalDate startsOn,
        LocalDate endsOn,
        Status status,
        @Schema(nullable = true) LocalDate launchedOn,
        int version,
        @Schema(nullable = true) Long termCampaignId) {

    public enum Status {
        DRAFT,
        LAUNCHED
    }

    /** The launched campaign; only a draft can be launched, and only once. */
    Campaign launch(LocalDate today) {
        if (status != Status.DRAFT) {
            throw new ConflictException("campaign.launch.notDraft");
        }
        return new Campaign(
                id,
                title,
                theme,
                directingDocumentId,
                ownerId,
                parentId,
                startsOn,
                endsOn,
                Status.LAUNCHED,
                today,
                version + 1,
                termCampaignId);
    }

    /** A lower committee can cascade only a launched campaign. */
    void requireLaunched() {
        if (status != Status.LAUNCHED) {
            throw new ConflictException("campaign.cascade.notLaunched");
        }
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
