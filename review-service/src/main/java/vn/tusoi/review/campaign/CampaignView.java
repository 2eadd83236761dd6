package vn.tusoi.review.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A campaign with its deadlines and the template versions it pinned. */
public record CampaignView(UUID id, UUID issuingUnitId, String kind, String title, LocalDate periodStart,
        LocalDate periodEnd, List<String> unitTypes, int excellenceQuotaPercent, String status,
        List<NewCampaign.Deadline> deadlines, List<PinnedTemplate> templates, Instant createdAt) {

    public record PinnedTemplate(String code, int version, UUID versionId) {
    }
}
