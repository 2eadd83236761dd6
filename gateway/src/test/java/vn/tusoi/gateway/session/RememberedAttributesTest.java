package vn.tusoi.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The user's security context and tokens read from the same stored bytes are not deserialized again; nothing that may
 * be changed is shared.
 */
class RememberedAttributesTest {

    static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);
    static final TypeDescriptor OBJECT = TypeDescriptor.valueOf(Object.class);

    final RememberedAttributes converter = new RememberedAttributes(getClass().getClassLoader(), 2);

    byte[] stored(Object value) {
        return (byte[]) converter.convert(value, OBJECT, BYTES);
    }

    Object read(byte[] bytes) {
        return converter.convert(bytes, BYTES, OBJECT);
    }

    static SecurityContext loggedIn(String user) {
        return new SecurityContextImpl(new TestingAuthenticationToken(user, "n/a", "ROLE_member"));
    }

    @Test
    void theSameBytesGiveTheSameUserInAFreshContext() {
        byte[] bytes = stored(loggedIn("demo-member"));
        SecurityContext first = (SecurityContext) read(bytes);
        SecurityContext second = (SecurityContext) read(bytes.clone());
        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication().getName()).isEqualTo("demo-member");
        assertThat(((SecurityContext) read(bytes)).getAuthentication()).isSameAs(second.getAuthentication());
    }

    @Test
    void clearingOneContextAtLogoutLeavesTheOthers() {
        byte[] bytes = stored(loggedIn("demo-member"));
        SecurityContext first = (SecurityContext) read(bytes);
        SecurityContext second = (SecurityContext) read(bytes);
        second.setAuthentication(null);
        assertThat(((SecurityContext) read(bytes)).getAuthentication().getName()).isEqualTo("demo-member");
        assertThat(first.getAuthentication()).isNotNull();
    }

    record Tokens(String access) implements SharedSessionValue {
    }

    @Test
    void anUnchangeableValueIsReadOnceForTheSameBytes() {
        byte[] bytes = stored(new Tokens("eyJ-1"));
        Object first = read(bytes);
        assertThat(read(bytes.clone())).isSameAs(first).isEqualTo(new Tokens("eyJ-1"));
        assertThat(read(stored(new Tokens("eyJ-2")))).isEqualTo(new Tokens("eyJ-2"));
    }

    @Test
    void otherAttributesAreReadAfreshEachTime() {
        byte[] bytes = stored(new ArrayList<>(List.of("saved request")));
        assertThat(read(bytes)).isEqualTo(List.of("saved request")).isNotSameAs(read(bytes));
    }

    @Test
    void differentBytesAreDifferentUsers() {
        SecurityContext member = (SecurityContext) read(stored(loggedIn("demo-member")));
        SecurityContext secretary = (SecurityContext) read(stored(loggedIn("demo-secretary")));
        assertThat(member.getAuthentication().getName()).isEqualTo("demo-member");
        assertThat(secretary.getAuthentication().getName()).isEqualTo("demo-secretary");
    }

    @Test
    void onlyTheMostRecentSessionsAreRemembered() {
        byte[] a = stored(loggedIn("a"));
        byte[] b = stored(loggedIn("b"));
        byte[] c = stored(loggedIn("c"));
        var aFirst = ((SecurityContext) read(a)).getAuthentication();
        read(b);
        read(c); // capacity 2: a is forgotten
        assertThat(((SecurityContext) read(a)).getAuthentication()).isNotSameAs(aFirst);
        assertThat(((SecurityContext) read(a)).getAuthentication().getName()).isEqualTo("a");
    }
}
