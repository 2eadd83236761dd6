package vn.tusoi.review.remediation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.review.lifecycle.RemediationStatus;

/**
 * The text that opens the section "Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra" of a new review:
 * the items earlier campaigns left to its writer, with their deadline, status and evidence, for the writer to
 * complete. Written in Vietnamese whatever the screen's language, as the review itself is.
 */
final class CarriedText {

    private static final Map<RemediationStatus, String> STATUS = Map.of(
            RemediationStatus.OPEN, "chưa khắc phục",
            RemediationStatus.IN_PROGRESS, "đang khắc phục",
            RemediationStatus.DONE, "đã khắc phục",
            RemediationStatus.DROPPED, "không tiếp tục theo dõi");

    private CarriedText() {
    }

    /** @param titles each campaign's title, by the items' campaign */
    static String of(List<RemediationStore.Row> items, Map<java.util.UUID, String> titles) {
        StringBuilder text = new StringBuilder();
        Map<java.util.UUID, List<RemediationStore.Row>> byCampaign = items.stream()
                .collect(Collectors.groupingBy(RemediationStore.Row::campaignId, java.util.LinkedHashMap::new,
                        Collectors.toList()));
        byCampaign.forEach((campaign, rows) -> {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append("Các hạn chế, khuyết điểm được chỉ ra ở đợt \"").append(titles.getOrDefault(campaign, ""))
                    .append("\":\n");
            int n = 1;
            for (RemediationStore.Row row : rows) {
                text.append(n++).append(". ").append(row.what().strip()).append(" (hạn ")
                        .append(VietnameseDates.DAY.format(row.due())).append("): ").append(STATUS.get(row.status()));
                if (row.evidence() != null && !row.evidence().isBlank()) {
                    text.append(" — ").append(row.evidence().strip());
                }
                if (text.charAt(text.length() - 1) != '.') {
                    text.append('.');
                }
                text.append('\n');
            }
        });
        return text.toString();
    }
}
