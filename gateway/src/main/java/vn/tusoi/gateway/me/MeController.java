package vn.tusoi.gateway.me;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;


/** Who is signed in, for the web application: the name to show and the realm roles. Rights come from positions. */
@RestController
class MeController {

    /** The person signed in; {@code memberId} is absent for accounts that are not a member's. */
    record Me(String username, String name, String memberId, List<String> roles) {
    }

    @GetMapping("/api/me")
    Me me(Authentication authentication, CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken(); // the app reads the XSRF-TOKEN cookie from here on
        }
        List<String> roles = authentication.getAuthorities().stream().map(Object::toString)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .sorted().toList();
        Map<String, Object> claims = authentication.getPrincipal() instanceof OidcUser user ? user.getClaims()
                : authentication.getPrincipal() instanceof Jwt jwt ? jwt.getClaims() : Map.of();
        Object memberId = claims.get("member_id");
        Object username = claims.getOrDefault("preferred_username", authentication.getName());
        return new Me(username.toString(), displayName(claims, username.toString()),
                memberId == null ? null : memberId.toString(), roles);
    }

    /** Vietnamese names read family name first: "Nguyễn" + "Thị Hương". */
    static String displayName(Map<String, Object> claims, String username) {
        String name = Stream.of(claims.get("family_name"), claims.get("given_name")).filter(Objects::nonNull)
                .map(Object::toString).filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
        return name.isBlank() ? username : name;
    }
}
