package vn.tusoi.org.account;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class AccountConfiguration {

    @Bean
    @ConditionalOnProperty(name = "tusoi.accounts.enabled", havingValue = "true")
    KeycloakAdmin keycloakAdmin(RestClient.Builder builder, AccountProperties properties, Clock clock) {
        return new KeycloakAdmin(builder, properties, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "tusoi.accounts.enabled", havingValue = "true")
    AccountProvisioner accountProvisioner(MemberAccounts accounts, KeycloakAdmin keycloak,
            AccountProperties properties) {
        return new AccountProvisioner(accounts, keycloak, properties);
    }
}
