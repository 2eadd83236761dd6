package vn.tusoi.gateway.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;

/**
 * The CSRF token as the web application uses it: read from the {@code XSRF-TOKEN} cookie and sent back in the
 * {@code X-XSRF-TOKEN} header. The token is never written into a page, so it is not masked against BREACH as
 * {@code csrf().spa()} masks it (a SecureRandom draw and an encoding on every request, API calls included, for a value
 * nobody reads). The cookie is written on the first request that comes without it.
 */
final class SpaCsrfTokens implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestAttributeHandler attributes = new CsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        attributes.handle(request, response, token);
        token.get(); // loads the cookie's token, or makes one and writes the cookie
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return attributes.resolveCsrfTokenValue(request, token);
    }
}
