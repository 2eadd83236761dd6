package vn.tusoi.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the token says: the member id (declared user-profile attribute) and the realm roles.
 * Fine-grained rights do not come from here but from positions in the org tree.
 */
public record Caller(String subject, Optional<UUID> memberId, Set<String> roles) {

    public static final String MEMBER_ID_CLAIM = "member_id";
    public static final String ROLE_SYSTEM_ADMIN = "system-admin";
    public static final String ROLE_ORG_ADMIN = "org-admin";
    public static final String ROLE_MEMBER = "member";

    public static Caller from(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        Optional<UUID> memberId = Optional.empty();
        if (authentication instanceof JwtAuthenticationToken token) {
            memberId = parseMemberId(token.getToken());
        }
        return new Caller(authentication.getName(), memberId, roles);
    }

    private static Optional<UUID> parseMemberId(Jwt jwt) {
        String raw = jwt.getClaimAsString(MEMBER_ID_CLAIM);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public boolean isSystemAdmin() {
        return roles.contains(ROLE_SYSTEM_ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
