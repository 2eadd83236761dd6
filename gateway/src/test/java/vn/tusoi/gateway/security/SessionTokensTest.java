package vn.tusoi.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.util.SerializationUtils;

/** The session keeps the user's tokens only; the same tokens handed back by the relay are not written again. */
class SessionTokensTest {

    static final Instant ISSUED = Instant.parse("2026-12-07T03:00:00Z");

    final ClientRegistration keycloak = ClientRegistration.withRegistrationId("keycloak").clientId("tusoi-gateway")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("{baseUrl}/login")
            .authorizationUri("http://idp/auth").tokenUri("http://idp/token")
            .providerConfigurationMetadata(Map.of("end_session_endpoint", "http://idp/logout")).build();
    final SessionTokens tokens = new SessionTokens(new InMemoryClientRegistrationRepository(keycloak));
    final Authentication user = new TestingAuthenticationToken("demo-member", "n/a");
    final List<String> writes = new ArrayList<>();
    final MockHttpSession session = new MockHttpSession();
    final MockHttpServletRequest request = new MockHttpServletRequest();
    final MockHttpServletResponse response = new MockHttpServletResponse();

    SessionTokensTest() {
        request.setSession(session);
    }

    OAuth2AuthorizedClient client(String access, String refresh) {
        return new OAuth2AuthorizedClient(keycloak, "demo-member",
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, access, ISSUED, ISSUED.plusSeconds(300),
                        Set.of("openid", "profile")),
                refresh == null ? null : new OAuth2RefreshToken(refresh, ISSUED, ISSUED.plusSeconds(1800)));
    }

    Object stored() {
        return session.getAttribute(SessionTokens.ATTRIBUTE + "keycloak");
    }

    /** Saves as the token relay does, noting when the session's attribute was actually replaced. */
    void save(OAuth2AuthorizedClient client) {
        Object before = stored();
        tokens.saveAuthorizedClient(client, user, request, response);
        if (stored() != before) {
            writes.add(client.getAccessToken().getTokenValue());
        }
    }

    @Test
    void theTokensComeBackWithTheRegistrationOfThisGateway() {
        save(client("a1", "r1"));
        OAuth2AuthorizedClient loaded = tokens.loadAuthorizedClient("keycloak", user, request);
        assertThat(loaded.getClientRegistration()).isSameAs(keycloak);
        assertThat(loaded.getPrincipalName()).isEqualTo("demo-member");
        assertThat(loaded.getAccessToken().getTokenValue()).isEqualTo("a1");
        assertThat(loaded.getAccessToken().getExpiresAt()).isEqualTo(ISSUED.plusSeconds(300));
        assertThat(loaded.getAccessToken().getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(loaded.getRefreshToken().getTokenValue()).isEqualTo("r1");
    }

    @Test
    void theSessionHoldsTheTokensNotTheRegistration() {
        save(client("a1", "r1"));
        byte[] bytes = SerializationUtils.serialize(stored());
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("end_session_endpoint");
        assertThat(bytes.length).isLessThan(1500);
    }

    @Test
    void theSameTokensHandedBackAreNotWrittenAgain() {
        save(client("a1", "r1"));
        for (int call = 0; call < 5; call++) {
            save(client("a1", "r1"));
        }
        assertThat(writes).containsExactly("a1");
    }

    @Test
    void aRefreshedAccessTokenOrANewRefreshTokenIsWritten() {
        save(client("a1", "r1"));
        save(client("a2", "r1"));
        save(client("a2", "r2"));
        assertThat(writes).containsExactly("a1", "a2", "a2");
        assertThat(tokens.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", user, request)
                .getRefreshToken().getTokenValue()).isEqualTo("r2");
    }

    @Test
    void withoutASessionOrAfterLogoutThereAreNoTokens() {
        assertThat(tokens.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", user, new MockHttpServletRequest()))
                .isNull();
        save(client("a1", "r1"));
        tokens.removeAuthorizedClient("keycloak", user, request, response);
        assertThat(tokens.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", user, request)).isNull();
    }
}
