package vn.tusoi.notification.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.tusoi.events.Topics;
import vn.tusoi.notification.delivery.NotificationProperties;

/** Reminders are swept and messages dispatched on schedules; both are safe to run on every instance. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationsConfiguration {

    /** Where review events that cannot be read are parked. */
    @Bean
    NewTopic reviewEventsDeadLetterTopic(@Value("${tusoi.kafka.partitions}") int partitions,
            @Value("${tusoi.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(Topics.REVIEW_EVENTS + Topics.DEAD_LETTER_SUFFIX).partitions(partitions)
                .replicas(replicas).build();
    }
}
