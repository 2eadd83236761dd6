package vn.tusoi.review.assignment;

import vn.tusoi.review.campaign.CampaignView;

/**
 * @param round   1 for the first launch, higher for later ones that brought in new members and units
 * @param created assignments this launch added
 * @param total   assignments the campaign has now
 */
public record LaunchResult(CampaignView campaign, int round, long created, long total) {
}
