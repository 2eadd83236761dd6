package vn.tusoi.org.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.kafka.CloudEvents;
import vn.tusoi.platform.kafka.EventFanOut;

/**
 * Events leave through Spring Modulith's publication registry (the outbox): stored in the same transaction
 * as the change, sent to Kafka after commit, re-sent after a crash until Kafka acknowledges.
 */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    static final String SOURCE = "/tusoi/org-service";

    @Bean
    EventExternalizationConfiguration eventExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof OrgUnitChanged || event instanceof MemberChanged)
                .route(OrgUnitChanged.class,
                        event -> RoutingTarget.forTarget(Topics.ORG_UNITS).andKey(event.unitId().toString()))
                .headers(OrgUnitChanged.class, event -> CloudEvents.headers(event.eventId(), SOURCE,
                        OrgUnitChanged.TYPE, event.unitId().toString(), event.occurredAt()))
                .route(MemberChanged.class,
                        event -> RoutingTarget.forTarget(Topics.ORG_MEMBERS).andKey(event.memberId().toString()))
                .headers(MemberChanged.class, event -> CloudEvents.headers(event.eventId(), SOURCE,
                        MemberChanged.TYPE, event.memberId().toString(), event.occurredAt()))
                .build();
    }

    /** Sends the state of everything a bulk change (an import) wrote, driven by one outbox event per change. */
    @Bean
    EventFanOut eventFanOut(KafkaTemplate<String, byte[]> kafka, JsonMapper json) {
        return new EventFanOut(kafka, json, SOURCE);
    }

    /** Compacted: the topic keeps the latest state of every unit, so a replica can be rebuilt from offset 0. */
    @Bean
    NewTopic orgUnitsTopic(@Value("${tusoi.kafka.partitions}") int partitions,
            @Value("${tusoi.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(Topics.ORG_UNITS).partitions(partitions).replicas(replicas).compact().build();
    }

    /** Compacted: the latest state of every member (positions and contact included). */
    @Bean
    NewTopic orgMembersTopic(@Value("${tusoi.kafka.partitions}") int partitions,
            @Value("${tusoi.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(Topics.ORG_MEMBERS).partitions(partitions).replicas(replicas).compact().build();
    }
}
