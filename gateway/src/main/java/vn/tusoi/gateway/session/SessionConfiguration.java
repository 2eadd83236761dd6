package vn.tusoi.gateway.session;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Registered after Boot's JDBC session configuration (which backs off when any session repository exists), so the
 * JDBC store is configured as usual and the session filter uses the quiet one in front of it.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
public class SessionConfiguration {

    /** Attributes read through {@link RememberedAttributes}; written as Spring Session writes them. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> rememberedAttributes(
            @Value("${tusoi.session.remembered-attributes:2000}") int capacity) {
        return store -> {
            GenericConversionService conversions = new GenericConversionService();
            conversions.addConverter(new RememberedAttributes(SessionConfiguration.class.getClassLoader(), capacity));
            store.setConversionService(conversions);
        };
    }

    @Bean
    @Primary
    QuietSessionRepository<?> quietSessionRepository(JdbcIndexedSessionRepository store,
            @Value("${tusoi.session.last-access-write-interval:PT1M}") Duration interval) {
        return new QuietSessionRepository<>(store, interval);
    }

    @Bean
    FilterRegistrationBean<SessionReadOnce> sessionReadOnce(QuietSessionRepository<?> sessions,
            @Value("${spring.session.servlet.filter-order:" + SessionRepositoryFilter.DEFAULT_ORDER + "}") int sessionFilterOrder) {
        var registration = new FilterRegistrationBean<>(new SessionReadOnce(sessions));
        registration.setOrder(sessionFilterOrder - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
