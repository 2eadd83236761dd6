package vn.tusoi.platform.kafka;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProducerIdempotenceCheckTest {

    private static Map<String, Object> safe() {
        Map<String, Object> config = new HashMap<>();
        config.put("enable.idempotence", "true");
        config.put("acks", "all");
        config.put("max.in.flight.requests.per.connection", 5);
        return config;
    }

    @Test
    void acceptsIdempotentSettings() {
        assertThatCode(() -> ProducerIdempotenceCheck.verify(safe())).doesNotThrowAnyException();
    }

    @Test
    void refusesSettingsThatSilentlyDisableIdempotence() {
        Map<String, Object> acksOne = safe();
        acksOne.put("acks", "1");
        Map<String, Object> tooManyInFlight = safe();
        tooManyInFlight.put("max.in.flight.requests.per.connection", 6);
        Map<String, Object> noRetries = safe();
        noRetries.put("retries", 0);
        Map<String, Object> missing = safe();
        missing.remove("enable.idempotence");

        for (Map<String, Object> config : new Map[] {acksOne, tooManyInFlight, noRetries, missing}) {
            assertThatThrownBy(() -> ProducerIdempotenceCheck.verify(config)).isInstanceOf(IllegalStateException.class);
        }
    }
}
