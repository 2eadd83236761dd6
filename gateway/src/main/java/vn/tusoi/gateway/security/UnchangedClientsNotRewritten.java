package vn.tusoi.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * The user's tokens in the session. The token relay asks for them on every API call and hands them back to be saved
 * each time, even when nothing was refreshed: saving the same tokens again is skipped, so an ordinary call does not
 * rewrite the session. A refreshed access token (or a new refresh token) is saved as before.
 */
final class UnchangedClientsNotRewritten implements OAuth2AuthorizedClientRepository {

    private final OAuth2AuthorizedClientRepository stored;

    UnchangedClientsNotRewritten(OAuth2AuthorizedClientRepository stored) {
        this.stored = stored;
    }

    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
            HttpServletRequest request) {
        return stored.loadAuthorizedClient(registrationId, principal, request);
    }

    @Override
    public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
            HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizedClient current = stored.loadAuthorizedClient(client.getClientRegistration().getRegistrationId(),
                principal, request);
        if (!same(current, client)) {
            stored.saveAuthorizedClient(client, principal, request, response);
        }
    }

    @Override
    public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
            HttpServletResponse response) {
        stored.removeAuthorizedClient(registrationId, principal, request, response);
    }

    static boolean same(OAuth2AuthorizedClient current, OAuth2AuthorizedClient next) {
        return current != null
                && current.getPrincipalName().equals(next.getPrincipalName())
                && current.getAccessToken().getTokenValue().equals(next.getAccessToken().getTokenValue())
                && (current.getRefreshToken() == null ? next.getRefreshToken() == null
                        : next.getRefreshToken() != null && current.getRefreshToken().getTokenValue()
                                .equals(next.getRefreshToken().getTokenValue()));
    }
}
