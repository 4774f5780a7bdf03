package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The read models of campaign pages and API answers. */
public final class CampaignViews {

    private CampaignViews() {}

    /** A campaign in a list. */
    public record CampaignRow(
            long id,
            String title,
            long ownerId,
            String ownerName,
            @Schema(nullable = true) Long parentId,
            String directingNumber,
            LocalDate startsOn,
            LocalDate endsOn,
            Campaign.Status status) {}

    /** An organization named on a campaign page. */
    public record OrganizationRef(long id, String name, String kind, String path) {}

    /**
     * A campaign with what its page shows.
     *
     * @param termTitle the title of the whole-term theme it sits in, if any
     * @param termYears the yearly themes sitting in it, when it is a whole-term theme
     * @param periodsOpened how many periods of its recurring lines have opened, of how many, and the next opening day
     */
    public record CampaignDetail(
            Campaign campaign,
            String ownerName,
            vn.neuguong.directive.DocumentSummary directingDocument,
            java.util.List<OrganizationRef> targets,
            java.util.List<Requirement> requirements,
            java.util.List<CampaignRow> cascades,
            boolean managed,
            long obligationCount,
            @Schema(nullable = true) String termTitle,
            java.util.List<CampaignRow> termYears,
            @Schema(nullable = true) PeriodOpenings.Opened periodsOpened) {}
}
