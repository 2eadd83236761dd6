package vn.tusoi.gateway.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class GatewayClientSecretTest {

    static final String SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";

    void check(MockEnvironment environment) throws Exception {
        new GatewaySecurityConfiguration().gatewayClientSecretCheck(environment).afterPropertiesSet();
    }

    @Test
    void theGatewayRefusesToStartWithoutItsOwnClientSecret() {
        assertThatThrownBy(() -> check(new MockEnvironment())).hasMessageContaining(SECRET);
        assertThatThrownBy(() -> check(new MockEnvironment().withProperty(SECRET, "tusoi-gateway-local-secret")))
                .hasMessageContaining("local realm");
    }

    @Test
    void theGatewayStartsWithTheDeploymentsSecretOrOnADevelopersMachine() {
        assertThatCode(() -> check(new MockEnvironment().withProperty(SECRET, "k8s-drawn-9f2c"))).doesNotThrowAnyException();
        assertThatCode(() -> check(new MockEnvironment().withProperty("tusoi.secrets.allow-local", "true")
                .withProperty(SECRET, "tusoi-gateway-local-secret"))).doesNotThrowAnyException();
    }
}
