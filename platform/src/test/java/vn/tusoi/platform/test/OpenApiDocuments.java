package vn.tusoi.platform.test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.platform.security.Caller;

/**
 * The OpenAPI documents in {@code web/openapi/} are committed, and the web application's API types are generated
 * from them: each service's test compares the document it serves with its committed file, and refreshes the file
 * when the build runs with {@code -Dopenapi.write=true}.
 */
public final class OpenApiDocuments {

    public static final String WRITE_PROPERTY = "openapi.write";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiDocuments() {
    }

    /** The documents are served to system administrators only. */
    public static RequestPostProcessor reader() {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .authorities(new SimpleGrantedAuthority("ROLE_" + Caller.ROLE_SYSTEM_ADMIN));
    }

    /** {@code web/openapi/<service>.json} of the repository this module (the working directory) belongs to. */
    public static Path committedFile(String service) {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().resolve("..").resolve("web")
                .resolve("openapi").resolve(service + ".json").normalize();
    }

    /** The document pretty-printed with sorted keys, so that the committed file only changes when the API does. */
    public static String canonical(String json) {
        Object tree = CANONICAL.readValue(json, Object.class);
        return CANONICAL.writeValueAsString(tree).replace("\r\n", "\n") + "\n";
    }

    /** Fails unless the served document is the committed one; writes it instead with {@code -Dopenapi.write=true}. */
    public static void assertCommitted(String service, String servedJson) throws IOException {
        Path file = committedFile(service);
        String served = canonical(servedJson);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, served, UTF_8);
            return;
        }
        String refresh = "run the build with -D" + WRITE_PROPERTY + "=true (e.g. ./mvnw -pl " + service
                + " test -Dtest=OpenApiDocumentTest -D" + WRITE_PROPERTY + "=true) to refresh it, then commit it";
        assertThat(file).as("%s is missing: %s", file, refresh).exists();
        String committed = Files.readString(file, UTF_8).replace("\r\n", "\n");
        if (!committed.equals(served)) {
            throw new AssertionError(file + " is not the OpenAPI document " + service + " serves ("
                    + firstDifference(committed, served) + "): " + refresh);
        }
    }

    private static String firstDifference(String committed, String served) {
        List<String> was = committed.lines().toList();
        List<String> is = served.lines().toList();
        for (int line = 0; line < Math.max(was.size(), is.size()); line++) {
            String before = line < was.size() ? was.get(line) : "<end of file>";
            String now = line < is.size() ? is.get(line) : "<end of document>";
            if (!before.equals(now)) {
                return "line " + (line + 1) + " is [" + before.strip() + "], served [" + now.strip() + "]";
            }
        }
        return "line endings differ";
    }
}
