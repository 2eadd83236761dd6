package vn.tusoi.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details whose title and detail come from the message bundles, in the caller's language. */
public final class ProblemMessages {

    private static final String TYPE_PREFIX = "urn:tusoi:problem:";

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatusCode status, String messageKey, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + messageKey));
        problem.setTitle(text("problem.title." + status.value(), locale));
        problem.setDetail(messages.getMessage(messageKey, arguments, messageKey, locale));
        return problem;
    }

    public String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    public String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
