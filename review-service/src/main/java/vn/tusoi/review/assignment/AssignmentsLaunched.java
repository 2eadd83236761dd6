package vn.tusoi.review.assignment;

import java.util.UUID;

/** Inside review-service: a launch committed; its new assignments are to be announced on Kafka. */
record AssignmentsLaunched(UUID eventId, UUID campaignId, int round) {
}
