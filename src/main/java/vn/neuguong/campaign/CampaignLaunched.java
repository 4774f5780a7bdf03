package vn.neuguong.campaign;

import java.time.LocalDate;

/**
 * A campaign was launched (a committee's own, or a lower committee's cascade): its obligations exist from this
 * transaction on. Published inside the launch's transaction, so a listener after commit sees them.
 */
public record CampaignLaunched(long campaignId, LocalDate launchedOn) {}
