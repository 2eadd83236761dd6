package vn.tusoi.review.campaign;

/** Yearly kiểm điểm, per term, quarterly, or a thematic "tự soi, tự sửa" campaign. */
public enum CampaignKind {
    YEARLY, TERM, QUARTERLY, THEMATIC
}
