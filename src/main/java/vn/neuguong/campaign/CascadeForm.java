package vn.neuguong.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.neuguong.campaign.CampaignForm.RequirementForm;

/**
 * A lower committee takes up a launched campaign: its own plan (issued by it, on the basis of the campaign's
 * directing document or a document implementing it) and its requirements, each either tightening a parent's line
 * (never a later due date) or its own.
 */
public record CascadeForm(
        @NotNull(message = "validation.required") Long organizationId,
        @NotNull(message = "validation.required") Long planDocumentId,
        @Valid List<RequirementForm> requirements) {

    List<RequirementForm> filledRequirements() {
        return CampaignForm.filled(requirements);
    }
}
