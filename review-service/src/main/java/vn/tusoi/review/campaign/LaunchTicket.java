package vn.tusoi.review.campaign;

/** A launch in progress: the campaign (locked) and the number of this launch (1 for the first). */
public record LaunchTicket(CampaignView campaign, int round) {
}
