package vn.tusoi.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.net.InetSocketAddress;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signed access tokens shaped like the realm's, for tests that validate tokens for real. */
public final class TestTokens {

    private TestTokens() {
    }

    public static Builder token() {
        return new Builder();
    }

    public static final class Builder {
        private String issuer = ServiceTestProperties.ISSUER;
        private String audience = "tusoi-api";
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private List<String> roles = List.of("member");
        private UUID memberId;

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** A token that expired a few minutes ago by the machine's clock, the one the JWT library checks. */
        public Builder expired() {
            this.expiresAt = Instant.now().minus(Duration.ofMinutes(5));
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder memberId(UUID memberId) {
            this.memberId = memberId;
            return this;
        }

        public String sign() {
            try {
                JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                        .issuer(issuer).subject(UUID.randomUUID().toString()).audience(audience)
                        .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                        .expirationTime(Date.from(expiresAt))
                        .claim("roles", roles);
                if (memberId != null) {
                    claims.claim("member_id", memberId.toString());
                }
                SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
                jwt.sign(new RSASSASigner(privateKey()));
                return jwt.serialize();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static HttpServer jwkSetServer;

    /** A JWK set endpoint (like Keycloak's certs endpoint) publishing the test signing key, started once. */
    public static synchronized String jwkSetUri() {
        try {
            if (jwkSetServer == null) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                RSAPrivateCrtKey key = (RSAPrivateCrtKey) privateKey();
                RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                        new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
                byte[] body = new JWKSet(new RSAKey.Builder(publicKey).build()).toString()
                        .getBytes(StandardCharsets.UTF_8);
                jwkSetServer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                jwkSetServer.createContext("/certs", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                jwkSetServer.start();
            }
            return "http://localhost:" + jwkSetServer.getAddress().getPort() + "/certs";
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serve the test JWK set", e);
        }
    }

    private static RSAPrivateKey privateKey() throws Exception {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-signing-key.pem")) {
            if (in == null) {
                throw new IOException("test-signing-key.pem is missing");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }
}
