package vn.tusoi.org.account;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import vn.tusoi.platform.config.LocalSecrets;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class AccountConfiguration {

    @Bean
    @ConditionalOnProperty(name = "tusoi.accounts.enabled", havingValue = "true")
    KeycloakAdmin keycloakAdmin(AccountProperties properties, Clock clock, Environment environment) {
        LocalSecrets.require(environment, "tusoi.accounts.client-secret");
        // a partial import of 500 users can take a while; a Keycloak that does not answer must not hang a sweep
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        requests.setReadTimeout(Duration.ofMinutes(2));
        return new KeycloakAdmin(RestClient.builder().requestFactory(requests), properties, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "tusoi.accounts.enabled", havingValue = "true")
    AccountProvisioner accountProvisioner(MemberAccounts accounts, KeycloakAdmin keycloak,
            AccountProperties properties) {
        return new AccountProvisioner(accounts, keycloak, properties);
    }
}
