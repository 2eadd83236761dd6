package vn.tusoi.platform.security;

import java.util.List;

/**
 * Paths of a service that are called without a user's token (a provider's callback, say): declare a bean of this
 * type and the resource server lets them through; the endpoint then checks its own credential.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
