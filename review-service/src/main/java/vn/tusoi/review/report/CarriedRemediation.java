package vn.tusoi.review.report;

import java.util.Optional;

import vn.tusoi.review.assignment.Assignment;

/**
 * What earlier campaigns left its writer to remedy, as the text that opens the section
 * {@value #SECTION} of a review not yet written. Implemented where remediation lives.
 */
public interface CarriedRemediation {

    /** The section "Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra" of every template. */
    String SECTION = "KHAC_PHUC";

    Optional<String> sectionText(Assignment assignment);
}
