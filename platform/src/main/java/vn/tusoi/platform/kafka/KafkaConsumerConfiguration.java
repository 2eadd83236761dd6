package vn.tusoi.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

import tools.jackson.core.JacksonException;
import vn.tusoi.events.Topics;

/**
 * A record that keeps failing is retried with backoff, then parked on {@code <topic>.DLT} (same partition)
 * where an operator can see and replay it; a malformed record goes there at once. The consumer moves on.
 */
@AutoConfiguration
public class KafkaConsumerConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, record.partition()));
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxElapsedTime(10_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(DeserializationException.class, JacksonException.class,
                MalformedEventException.class);
        return handler;
    }

    @Bean
    ProducerIdempotenceCheck producerIdempotenceCheck(
            org.springframework.kafka.core.ProducerFactory<?, ?> producerFactory) {
        return new ProducerIdempotenceCheck(producerFactory);
    }
}
