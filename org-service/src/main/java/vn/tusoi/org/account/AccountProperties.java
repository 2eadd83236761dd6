package vn.tusoi.org.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where members' accounts are provisioned.
 *
 * @param enabled       off until a Keycloak is configured
 * @param keycloakUrl   the server's base URL, e.g. http://keycloak:8080
 * @param realm         the realm members log in to
 * @param clientId      a confidential client whose service account may manage users
 * @param clientSecret  its secret
 * @param batchSize     accounts per partial import
 * @param sweepInterval how often pending members are looked for
 */
@ConfigurationProperties("tusoi.accounts")
record AccountProperties(boolean enabled, String keycloakUrl, String realm, String clientId, String clientSecret,
        int batchSize, Duration sweepInterval) {
}
