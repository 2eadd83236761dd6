package vn.tusoi.platform.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LocalSecretsTest {

    static final String SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";

    @Test
    void aMissingCredentialStopsTheService() {
        assertThatThrownBy(() -> LocalSecrets.require(new MockEnvironment(), SECRET))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(SECRET).hasMessageContaining("missing");
    }

    @Test
    void theLocalStacksCredentialStopsTheService() {
        MockEnvironment environment = new MockEnvironment().withProperty(SECRET, "tusoi-gateway-local-secret");
        assertThatThrownBy(() -> LocalSecrets.require(environment, SECRET))
                .hasMessageContaining("local stack");
    }

    @Test
    void theDeploymentsOwnCredentialIsUsed() {
        MockEnvironment environment = new MockEnvironment().withProperty(SECRET, "Xk3v9…drawn-at-install");
        assertThatCode(() -> LocalSecrets.require(environment, SECRET)).doesNotThrowAnyException();
    }

    @Test
    void aDevelopersMachineMayUseTheLocalStacksCredentials() {
        MockEnvironment environment = new MockEnvironment().withProperty(LocalSecrets.ALLOW_LOCAL, "true")
                .withProperty(SECRET, "tusoi-gateway-local-secret");
        assertThatCode(() -> LocalSecrets.require(environment, SECRET)).doesNotThrowAnyException();
    }
}
