package vn.tusoi.platform.config;

import java.util.List;

import org.springframework.core.env.Environment;

/**
 * A service outside a developer's machine refuses to start with a credential that is missing or one of the local
 * stack's known values (committed to the repository, so no secret at all). The local stack and the tests allow
 * them with {@code tusoi.secrets.allow-local=true} ({@code TUSOI_SECRETS_ALLOW_LOCAL}); a deployment never sets it.
 */
public final class LocalSecrets {

    public static final String ALLOW_LOCAL = "tusoi.secrets.allow-local";

    private LocalSecrets() {
    }

    /** A value the local stack uses, published with the code. */
    static boolean isLocal(String value) {
        return value.endsWith("-local-secret") || List.of("demo", "secret", "changeme").contains(value);
    }

    /** Checks the properties that hold credentials; throws, naming the property, when one may not be used. */
    public static void require(Environment environment, String... properties) {
        if (environment.getProperty(ALLOW_LOCAL, Boolean.class, false)) {
            return;
        }
        for (String property : properties) {
            String value = environment.getProperty(property, "").strip();
            if (value.isEmpty() || isLocal(value)) {
                throw new IllegalStateException(property + " is " + (value.isEmpty() ? "missing" : "a value of the"
                        + " local stack") + ": give the deployment's own credential (from a Secret), or set "
                        + ALLOW_LOCAL + "=true on a developer's machine only");
            }
        }
    }
}
