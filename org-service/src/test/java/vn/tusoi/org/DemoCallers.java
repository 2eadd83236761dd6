package vn.tusoi.org;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** The demo province's accounts (same member ids as the realm's demo users) as token-bearing callers. */
public final class DemoCallers {

    public static final UUID ADMIN = UUID.fromString("0193a000-0000-7000-8000-000000000001");
    public static final UUID SUPERIOR = UUID.fromString("0193a000-0000-7000-8000-000000000002");
    public static final UUID SECRETARY = UUID.fromString("0193a000-0000-7000-8000-000000000003");
    public static final UUID MEMBER = UUID.fromString("0193a000-0000-7000-8000-000000000004");

    private DemoCallers() {
    }

    public static JwtRequestPostProcessor caller(UUID memberId, String... roles) {
        GrantedAuthority[] authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toArray(GrantedAuthority[]::new);
        return jwt().jwt(token -> token.subject("kc-" + memberId).claim("member_id", memberId.toString()))
                .authorities(authorities);
    }
}
