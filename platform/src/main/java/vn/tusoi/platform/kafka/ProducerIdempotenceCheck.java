package vn.tusoi.platform.kafka;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Kafka silently turns producer idempotence off when other settings conflict with it (acks other than all,
 * retries 0, more than 5 requests in flight). This refuses to start instead.
 */
public final class ProducerIdempotenceCheck implements InitializingBean {

    private final ProducerFactory<?, ?> producerFactory;

    public ProducerIdempotenceCheck(ProducerFactory<?, ?> producerFactory) {
        this.producerFactory = producerFactory;
    }

    @Override
    public void afterPropertiesSet() {
        verify(producerFactory.getConfigurationProperties());
    }

    static void verify(Map<String, Object> config) {
        require("true".equals(String.valueOf(config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG))),
                "enable.idempotence must be true");
        Object acks = config.get(ProducerConfig.ACKS_CONFIG);
        require("all".equals(String.valueOf(acks)) || "-1".equals(String.valueOf(acks)), "acks must be all");
        Object retries = config.get(ProducerConfig.RETRIES_CONFIG);
        require(retries == null || Integer.parseInt(String.valueOf(retries)) > 0, "retries must be positive");
        Object inFlight = config.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION);
        require(inFlight == null || Integer.parseInt(String.valueOf(inFlight)) <= 5,
                "max.in.flight.requests.per.connection must be at most 5");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Kafka producer would not be idempotent: " + message);
        }
    }
}
