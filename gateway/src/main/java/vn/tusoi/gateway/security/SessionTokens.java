package vn.tusoi.gateway.security;

import java.time.Instant;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import vn.tusoi.gateway.session.SharedSessionValue;

/**
 * The user's tokens, kept in the shared session so that every gateway replica can relay them. Only the tokens are
 * stored (a small record), not the whole authorized client: that one carries the client registration with the
 * provider's discovery document, two thirds of a session, read back and deserialized on every API call although it is
 * the same for everybody and known to every replica. The token relay also hands the tokens back after each call; the
 * same tokens are not written again, so an ordinary call leaves the session unchanged.
 */
final class SessionTokens implements OAuth2AuthorizedClientRepository {

    static final String ATTRIBUTE = SessionTokens.class.getName() + ".";

    /** What the session holds for one client registration. */
    record Stored(String principalName, String accessToken, Instant accessIssuedAt, Instant accessExpiresAt,
            Set<String> scopes, String refreshToken, Instant refreshIssuedAt, Instant refreshExpiresAt)
            implements SharedSessionValue {

        static Stored of(OAuth2AuthorizedClient client) {
            OAuth2AccessToken access = client.getAccessToken();
            OAuth2RefreshToken refresh = client.getRefreshToken();
            return new Stored(client.getPrincipalName(), access.getTokenValue(), access.getIssuedAt(),
                    access.getExpiresAt(), Set.copyOf(access.getScopes()), refresh == null ? null : refresh.getTokenValue(),
                    refresh == null ? null : refresh.getIssuedAt(), refresh == null ? null : refresh.getExpiresAt());
        }

        OAuth2AuthorizedClient toClient(ClientRegistration registration) {
            return new OAuth2AuthorizedClient(registration, principalName,
                    new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, accessIssuedAt,
                            accessExpiresAt, scopes),
                    refreshToken == null ? null : new OAuth2RefreshToken(refreshToken, refreshIssuedAt, refreshExpiresAt));
        }
    }

    private final ClientRegistrationRepository registrations;

    SessionTokens(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
            HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(ATTRIBUTE + registrationId);
        ClientRegistration registration = registrations.findByRegistrationId(registrationId);
        if (!(stored instanceof Stored tokens) || registration == null) {
            return null;
        }
        return (T) tokens.toClient(registration);
    }

    @Override
    public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
            HttpServletRequest request, HttpServletResponse response) {
        String name = ATTRIBUTE + client.getClientRegistration().getRegistrationId();
        Stored tokens = Stored.of(client);
        HttpSession session = request.getSession();
        if (!tokens.equals(session.getAttribute(name))) {
            session.setAttribute(name, tokens);
        }
    }

    @Override
    public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
            HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE + registrationId);
        }
    }
}
