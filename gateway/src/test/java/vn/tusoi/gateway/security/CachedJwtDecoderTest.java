package vn.tusoi.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A bearer token's signature is checked once, and again only after the token has expired. */
class CachedJwtDecoderTest {

    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    final List<String> checked = new ArrayList<>();
    final JwtDecoder signatureCheck = token -> {
        checked.add(token);
        if (token.startsWith("bad")) {
            throw new BadJwtException("signature");
        }
        long lifetime = Long.parseLong(token.substring(token.indexOf(':') + 1));
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("demo-member")
                .issuedAt(NOW.minusSeconds(10)).expiresAt(NOW.plusSeconds(lifetime)).build();
    };

    CachedJwtDecoder at(Instant instant, int maxEntries) {
        return new CachedJwtDecoder(signatureCheck, Clock.fixed(instant, ZoneOffset.UTC), maxEntries);
    }

    @Test
    void theSameTokenIsCheckedOnce() {
        CachedJwtDecoder decoder = at(NOW, 100);
        for (int call = 0; call < 5; call++) {
            assertThat(decoder.decode("t1:300").getSubject()).isEqualTo("demo-member");
        }
        assertThat(checked).containsExactly("t1:300");
    }

    @Test
    void anExpiredTokenIsCheckedAgain() {
        SettableClock clock = new SettableClock(NOW);
        CachedJwtDecoder decoder = new CachedJwtDecoder(signatureCheck, clock, 100);
        decoder.decode("t1:300");
        clock.now = NOW.plusSeconds(299);
        decoder.decode("t1:300");
        clock.now = NOW.plusSeconds(301);
        decoder.decode("t1:300");
        assertThat(checked).containsExactly("t1:300", "t1:300");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        CachedJwtDecoder decoder = at(NOW, 100);
        assertThatThrownBy(() -> decoder.decode("bad:300")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad:300")).isInstanceOf(BadJwtException.class);
        assertThat(checked).hasSize(2);
    }

    @Test
    void theMemoryIsBounded() {
        CachedJwtDecoder decoder = at(NOW, 2);
        decoder.decode("t1:300");
        decoder.decode("t2:300");
        decoder.decode("t3:300"); // full: forgets t1 and t2
        decoder.decode("t1:300");
        assertThat(checked).containsExactly("t1:300", "t2:300", "t3:300", "t1:300");
    }

    /** A clock the test moves. */
    static final class SettableClock extends Clock {
        Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
