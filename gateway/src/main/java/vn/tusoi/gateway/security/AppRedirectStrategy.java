package vn.tusoi.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

import tools.jackson.databind.json.JsonMapper;

/**
 * After logout the browser goes to Keycloak's end-session page, another origin that a script's request cannot
 * follow: the web application (which says so with {@code X-Requested-With}) gets {@code {"location": …}} and
 * navigates there itself; a form post is redirected as usual.
 */
final class AppRedirectStrategy implements RedirectStrategy {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            redirect.sendRedirect(request, response, url);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.writeValueAsString(java.util.Map.of("location", url)));
    }
}
