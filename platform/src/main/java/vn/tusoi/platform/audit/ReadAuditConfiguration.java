package vn.tusoi.platform.audit;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The read audit, for a service that names where system administrators read it ({@code tusoi.audit.reads-path})
 * and has the {@code read_audit} table in its schema.
 */
@AutoConfiguration
@ConditionalOnProperty("tusoi.audit.reads-path")
@Import(ReadAuditController.class)
public class ReadAuditConfiguration {

    @Bean
    ReadAudit readAudit(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${tusoi.audit.read-retention:P400D}") Duration retention) {
        return new ReadAudit(jdbc, transactions, clock, retention);
    }
}
