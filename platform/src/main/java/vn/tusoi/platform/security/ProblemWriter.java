package vn.tusoi.platform.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.platform.web.ProblemMessages;

/** Writes a problem detail from a security filter, where no controller advice runs. */
public final class ProblemWriter {

    private final ProblemMessages problems;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    public ProblemWriter(ProblemMessages problems, LocaleResolver localeResolver, JsonMapper json) {
        this.problems = problems;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(localeResolver.resolveLocale(request));
        try {
            ProblemDetail problem = problems.problem(status, messageKey);
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(status.value());
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(problem));
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }
}
