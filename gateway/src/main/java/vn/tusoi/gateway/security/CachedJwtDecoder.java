package vn.tusoi.gateway.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Bearer tokens decoded once and remembered until they expire: an API client sends the same token on every call,
 * and checking its RSA signature each time was a fifth of the gateway's work on that path. A token is an immutable
 * signed document, so the outcome for the same string cannot change before its expiry, which is checked on every use.
 * Bounded: past {@code maxEntries} the memory is simply cleared.
 */
final class CachedJwtDecoder implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final int maxEntries;
    private final ConcurrentHashMap<String, Jwt> decoded = new ConcurrentHashMap<>();

    CachedJwtDecoder(JwtDecoder decoder, Clock clock, int maxEntries) {
        this.decoder = decoder;
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = decoded.get(token);
        if (known != null) {
            if (known.getExpiresAt() != null && known.getExpiresAt().isAfter(clock.instant())) {
                return known;
            }
            decoded.remove(token);
        }
        Jwt fresh = decoder.decode(token);
        if (fresh.getExpiresAt() != null) {
            if (decoded.size() >= maxEntries) {
                decoded.clear();
            }
            decoded.put(token, fresh);
        }
        return fresh;
    }
}
