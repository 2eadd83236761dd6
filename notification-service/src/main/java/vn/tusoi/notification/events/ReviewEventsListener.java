package vn.tusoi.notification.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.AssignmentsIssued;
import vn.tusoi.events.CampaignChanged;
import vn.tusoi.events.CloudEventHeaders;
import vn.tusoi.events.RemediationChanged;
import vn.tusoi.events.ReviewTransitioned;
import vn.tusoi.events.SuggestionIssued;
import vn.tusoi.events.Topics;
import vn.tusoi.notification.notice.Notices;
import vn.tusoi.notification.tracking.TrackedAssignment;
import vn.tusoi.notification.tracking.TrackedAssignments;
import vn.tusoi.notification.tracking.TrackedRemediations;
import vn.tusoi.platform.kafka.MalformedEventException;

/**
 * Follows {@code review.events.v1}: keeps campaigns and assignments, and queues the notices events call for, in
 * one transaction per record. Redelivered records change nothing (assignments by id, steps by version, notices by
 * key); a record that cannot be read goes to the dead-letter topic; types this service does not know are skipped.
 */
@Component
class ReviewEventsListener {

    private final TrackedAssignments assignments;
    private final TrackedRemediations remediation;
    private final Notices notices;
    private final JsonMapper json;

    ReviewEventsListener(TrackedAssignments assignments, TrackedRemediations remediation, Notices notices,
            JsonMapper json) {
        this.assignments = assignments;
        this.remediation = remediation;
        this.notices = notices;
        this.json = json;
    }

    @KafkaListener(id = "${spring.application.name}-review-events", topics = Topics.REVIEW_EVENTS,
            groupId = "${spring.application.name}-review-events")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE)
                .orElseThrow(() -> new MalformedEventException("Review event without a type at offset "
                        + record.offset()));
        switch (type) {
            case CampaignChanged.TYPE -> assignments.apply(read(record, CampaignChanged.class));
            case AssignmentsIssued.TYPE -> {
                List<TrackedAssignment> added = assignments.apply(read(record, AssignmentsIssued.class));
                notices.assigned(added);
            }
            case ReviewTransitioned.TYPE -> {
                ReviewTransitioned step = read(record, ReviewTransitioned.class);
                if (assignments.apply(step)) {
                    if ("RETURNED".equals(step.action())) {
                        notices.returned(assignments.find(step.assignmentId()).orElseThrow(), step.version());
                    } else if ("PUBLISHED".equals(step.action())) {
                        notices.published(assignments.find(step.assignmentId()).orElseThrow(), step.version());
                    }
                }
            }
            case SuggestionIssued.TYPE -> {
                SuggestionIssued suggestion = read(record, SuggestionIssued.class);
                notices.suggestion(suggestion.campaignId(), suggestion.suggestionId(), suggestion.targetUnitId(),
                        suggestion.targetMemberId());
            }
            case RemediationChanged.TYPE -> remediation.apply(read(record, RemediationChanged.class));
            default -> {
                // a type added later: nothing to do here until a notice is mapped to it
            }
        }
    }

    private <T> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
        if (record.value() == null) {
            throw new MalformedEventException("Empty review event at offset " + record.offset());
        }
        try {
            return json.readValue(record.value(), type);
        } catch (JacksonException unreadable) {
            throw new MalformedEventException("Unreadable " + type.getSimpleName() + " at offset " + record.offset());
        }
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), UTF_8));
    }
}
