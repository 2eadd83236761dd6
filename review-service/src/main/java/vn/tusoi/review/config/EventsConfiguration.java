package vn.tusoi.review.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.CampaignChanged;
import vn.tusoi.events.RemediationChanged;
import vn.tusoi.events.ReviewTransitioned;
import vn.tusoi.events.SuggestionIssued;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.kafka.CloudEvents;
import vn.tusoi.platform.kafka.EventFanOut;

/**
 * Review events leave through Spring Modulith's publication registry (the outbox) to {@code review.events.v1}:
 * stored in the transaction of the change, sent after commit, re-sent after a crash until Kafka acknowledges.
 * Campaign and suggestion events are keyed by campaign, workflow steps by assignment, remediation by item.
 */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    static final String SOURCE = "/tusoi/review-service";

    @Bean
    EventExternalizationConfiguration eventExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof CampaignChanged || event instanceof ReviewTransitioned
                        || event instanceof SuggestionIssued || event instanceof RemediationChanged)
                .route(CampaignChanged.class, event -> RoutingTarget.forTarget(Topics.REVIEW_EVENTS)
                        .andKey(event.campaignId().toString()))
                .headers(CampaignChanged.class, event -> CloudEvents.headers(event.eventId(), SOURCE,
                        CampaignChanged.TYPE, event.campaignId().toString(), event.occurredAt()))
                .route(ReviewTransitioned.class, event -> RoutingTarget.forTarget(Topics.REVIEW_EVENTS)
                        .andKey(event.assignmentId().toString()))
                .headers(ReviewTransitioned.class, event -> CloudEvents.headers(event.eventId(), SOURCE,
                        ReviewTransitioned.TYPE, event.assignmentId().toString(), event.occurredAt()))
                .route(SuggestionIssued.class, event -> RoutingTarget.forTarget(Topics.REVIEW_EVENTS)
                        .andKey(event.campaignId().toString()))
                .headers(SuggestionIssued.class, event -> CloudEvents.headers(event.eventId(), SOURCE,
                        SuggestionIssued.TYPE, event.campaignId().toString(), event.occurredAt()))
                .route(RemediationChanged.class, event -> RoutingTarget.forTarget(Topics.REVIEW_EVENTS)
                        .andKey(event.remediationId().toString()))
                .headers(RemediationChanged.class, event -> CloudEvents.headers(event.eventId(), SOURCE,
                        RemediationChanged.TYPE, event.remediationId().toString(), event.occurredAt()))
                .build();
    }

    /** Sends the assignments of a launch a page at a time, driven by one outbox event per launch. */
    @Bean
    EventFanOut eventFanOut(KafkaTemplate<String, byte[]> kafka, JsonMapper json) {
        return new EventFanOut(kafka, json, SOURCE);
    }

    @Bean
    NewTopic reviewEventsTopic(@Value("${tusoi.kafka.partitions}") int partitions,
            @Value("${tusoi.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(Topics.REVIEW_EVENTS).partitions(partitions).replicas(replicas).build();
    }
}
