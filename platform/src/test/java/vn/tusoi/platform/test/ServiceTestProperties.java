package vn.tusoi.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Properties that point a service under test at the shared test database and a test issuer. */
public final class ServiceTestProperties {

    public static final String ISSUER = "http://localhost:1/realms/tusoi-test";

    private ServiceTestProperties() {
    }

    public static void database(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> TestDatabase.url(schema));
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        // tokens in tests are signed by TestTokens' key and validated for real: signature, issuer, audience, expiry
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwkSetUri);
        // the committed OpenAPI documents (OpenApiDocuments) do not depend on a TUSOI_PUBLIC_URL in the environment
        registry.add("tusoi.api.public-url", () -> "/");
        // the management port of each cached context is a free one
        registry.add("management.server.port", () -> 0);
        // the test realm's credentials are the local stack's
        registry.add("tusoi.secrets.allow-local", () -> true);
    }
}
