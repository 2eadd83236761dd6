package vn.tusoi.review.campaign;

import vn.tusoi.orgreplica.ReplicatedUnit;

/** A unit as part of a campaign: one the campaign covers, or the unit that issued it. */
public record CampaignUnit(CampaignView campaign, ReplicatedUnit unit) {
}
