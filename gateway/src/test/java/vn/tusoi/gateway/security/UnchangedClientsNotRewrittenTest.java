package vn.tusoi.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/** The token relay hands the same tokens back on every call: only new tokens reach the session. */
class UnchangedClientsNotRewrittenTest {

    static final Instant ISSUED = Instant.parse("2026-12-07T03:00:00Z");

    final ClientRegistration keycloak = ClientRegistration.withRegistrationId("keycloak").clientId("tusoi-gateway")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("{baseUrl}/login")
            .authorizationUri("http://idp/auth").tokenUri("http://idp/token").build();
    final Authentication user = new TestingAuthenticationToken("demo-member", "n/a");
    final List<String> saved = new ArrayList<>();
    final HttpSessionOAuth2AuthorizedClientRepository inSession = new HttpSessionOAuth2AuthorizedClientRepository();
    /** The session's repository, every save counted. */
    final OAuth2AuthorizedClientRepository session = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String id, Authentication principal,
                HttpServletRequest request) {
            return inSession.loadAuthorizedClient(id, principal, request);
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
            saved.add(client.getAccessToken().getTokenValue());
            inSession.saveAuthorizedClient(client, principal, request, response);
        }

        @Override
        public void removeAuthorizedClient(String id, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            inSession.removeAuthorizedClient(id, principal, request, response);
        }
    };
    final UnchangedClientsNotRewritten repository = new UnchangedClientsNotRewritten(session);
    final MockHttpServletRequest request = new MockHttpServletRequest();
    final MockHttpServletResponse response = new MockHttpServletResponse();

    OAuth2AuthorizedClient client(String access, String refresh) {
        return new OAuth2AuthorizedClient(keycloak, "demo-member",
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, access, ISSUED, ISSUED.plusSeconds(300)),
                refresh == null ? null : new OAuth2RefreshToken(refresh, ISSUED));
    }

    @Test
    void theTokensOfTheLoginAreSaved() {
        repository.saveAuthorizedClient(client("a1", "r1"), user, request, response);
        assertThat(saved).containsExactly("a1");
        assertThat(repository.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", user, request)
                .getAccessToken().getTokenValue()).isEqualTo("a1");
    }

    @Test
    void theSameTokensHandedBackAreNotSavedAgain() {
        repository.saveAuthorizedClient(client("a1", "r1"), user, request, response);
        for (int call = 0; call < 5; call++) {
            repository.saveAuthorizedClient(client("a1", "r1"), user, request, response);
        }
        assertThat(saved).containsExactly("a1");
    }

    @Test
    void aRefreshedAccessTokenOrANewRefreshTokenIsSaved() {
        repository.saveAuthorizedClient(client("a1", "r1"), user, request, response);
        repository.saveAuthorizedClient(client("a2", "r1"), user, request, response);
        repository.saveAuthorizedClient(client("a2", "r2"), user, request, response);
        repository.saveAuthorizedClient(client("a2", null), user, request, response);
        assertThat(saved).containsExactly("a1", "a2", "a2", "a2");
    }

    @Test
    void removingTheClientAtLogoutRemovesIt() {
        repository.saveAuthorizedClient(client("a1", "r1"), user, request, response);
        repository.removeAuthorizedClient("keycloak", user, request, response);
        assertThat(repository.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", user, request)).isNull();
    }
}
