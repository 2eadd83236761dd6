package vn.tusoi.platform.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock per service: the code reads it, and so do the request checks ({@code @PastOrPresent}, {@code @Future}). */
@AutoConfiguration
public class ClockConfiguration {

    /** Deadlines and position dates are calendar dates in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(VIETNAM);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ValidationConfigurationCustomizer.class)
    static class ValidationClock {

        /** Bean Validation reads the machine's clock unless told otherwise: "today" is the service's. */
        @Bean
        ValidationConfigurationCustomizer validationClock(ObjectProvider<Clock> clock) {
            return configuration -> configuration.clockProvider(() -> clock.getObject());
        }
    }
}
