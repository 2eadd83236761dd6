package vn.tusoi.gateway.session;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Placed before Spring Session's filter: each request is a {@linkplain QuietSessionRepository#request() scope} in
 * which the session is read from the database once. Spring Session's filter commits the session when the response is
 * committed and again when the request ends, and each commit looks the requested session up anew: without the scope,
 * two reads of the session per API call.
 */
final class SessionReadOnce implements Filter {

    private final QuietSessionRepository<?> sessions;

    SessionReadOnce(QuietSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (var scope = sessions.request()) {
            chain.doFilter(request, response);
        }
    }
}
