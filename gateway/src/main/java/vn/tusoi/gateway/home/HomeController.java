package vn.tusoi.gateway.home;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The page a person lands on after login: who they are, and a way out. The real UI comes later. */
@RestController
class HomeController {

    private final MessageSource messages;

    HomeController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(@AuthenticationPrincipal OidcUser user, CsrfToken csrf, Locale locale) {
        String name = displayName(user);
        String roles = user.getAuthorities().stream().map(Object::toString).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5)).sorted().collect(Collectors.joining(", "));
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body style="font-family: system-ui, sans-serif; margin: 2rem">
                <h1 id="greeting">%s</h1>
                <p>%s</p>
                <p>%s: <span id="roles">%s</span></p>
                <p><a href="/api/org/units">%s</a></p>
                <form method="post" action="/logout">
                <input type="hidden" name="%s" value="%s"><button type="submit">%s</button></form>
                </body></html>
                """.formatted(locale.getLanguage(), text("home.title", locale),
                text("home.greeting", locale, escape(name)),
                text("home.signed-in-as", locale, escape(user.getPreferredUsername())),
                text("home.roles", locale), escape(roles), text("home.units", locale),
                escape(csrf.getParameterName()), escape(csrf.getToken()), text("home.logout", locale));
    }

    /** Vietnamese names read family name first: "Nguyễn" + "Thị Hương". */
    static String displayName(OidcUser user) {
        String name = Stream.of(user.getFamilyName(), user.getGivenName()).filter(Objects::nonNull)
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
        return name.isBlank() ? user.getPreferredUsername() : name;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
