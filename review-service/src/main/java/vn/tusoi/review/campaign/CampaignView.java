package vn.tusoi.review.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A campaign with its deadlines and the template versions it pinned.
 *
 * @param status DRAFT (set up, nothing assigned), LAUNCHED (assignments out, reports may be written) or CLOSED
 *               (the window is over: nothing can be changed)
 */
public record CampaignView(UUID id, UUID issuingUnitId, String issuingUnitPath,
        @Schema(implementation = CampaignKind.class) String kind, String title, LocalDate periodStart,
        LocalDate periodEnd, List<String> unitTypes, int excellenceQuotaPercent,
        @Schema(allowableValues = {"DRAFT", "LAUNCHED", "CLOSED"}) String status,
        List<NewCampaign.Deadline> deadlines, List<PinnedTemplate> templates, NewCampaign.Reminders reminders,
        Instant createdAt, @Schema(nullable = true) Instant launchedAt, long version) {

    public boolean isOpen() {
        return "LAUNCHED".equals(status);
    }

    /** The deadline of a unit {@code level} levels below the issuing unit (the deepest one set for lower ones). */
    public LocalDate dueAt(int level) {
        return deadlines.get(Math.min(Math.max(level, 1), deadlines.size()) - 1).due();
    }

    /** Whether the unit with this path lies below the issuing unit. */
    public boolean covers(String unitPath) {
        return unitPath.startsWith(issuingUnitPath) && unitPath.length() > issuingUnitPath.length();
    }

    /** The version of a template this campaign pinned. */
    public int pinnedVersion(String templateCode) {
        return templates.stream().filter(pinned -> pinned.code().equals(templateCode)).findFirst().orElseThrow()
                .version();
    }

    public record PinnedTemplate(String code, int version, UUID versionId) {
    }
}
