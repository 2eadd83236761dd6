package vn.tusoi.platform.audit;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read audit, for a service that names where system administrators read it ({@code tusoi.audit.reads-path}).
 * Its table is migrated once the service's own migrations have run.
 */
@AutoConfiguration(afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnProperty("tusoi.audit.reads-path")
@Import(ReadAuditController.class)
public class ReadAuditConfiguration {

    @Bean
    ReadAudit readAudit(DataSource dataSource, JdbcClient jdbc, Clock clock,
            ObjectProvider<FlywayMigrationInitializer> serviceMigrations,
            @Value("${tusoi.audit.read-retention:P400D}") Duration retention) {
        // the service's schema first: its own history must be there before the platform's table is
        serviceMigrations.ifAvailable(initializer -> { });
        ReadAudit.migrate(dataSource);
        return new ReadAudit(jdbc, clock, retention);
    }
}
