package vn.tusoi.org.account;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The parts of Keycloak's admin REST API that provisioning uses, called as the provisioning client's service
 * account (client credentials; the token is reused until shortly before it expires).
 */
class KeycloakAdmin {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };

    /** What a partial import did with one user. */
    record ImportResult(String action, String username, String userId) {
    }

    private final RestClient http;
    private final AccountProperties properties;
    private final Clock clock;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;
    private final Map<String, Map<String, Object>> realmRoles = new HashMap<>();

    KeycloakAdmin(RestClient.Builder builder, AccountProperties properties, Clock clock) {
        this.http = builder.baseUrl(properties.keycloakUrl()).build();
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the users that do not exist yet (by username or email) and says what happened to each. */
    List<ImportResult> importSkippingExisting(List<Map<String, Object>> users) {
        Map<String, Object> result = http.post().uri(admin("/partialImport"))
                .header(HttpHeaders.AUTHORIZATION, bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("ifResourceExists", "SKIP", "users", users))
                .retrieve().body(OBJECT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) result.getOrDefault("results", List.of());
        return results.stream().filter(r -> "USER".equals(r.get("resourceType")))
                .map(r -> new ImportResult(String.valueOf(r.get("action")), String.valueOf(r.get("resourceName")),
                        (String) r.get("id")))
                .toList();
    }

    /** Creates one user; its id, or empty if a user with that username or email exists. */
    Optional<String> create(Map<String, Object> user) {
        try {
            URI location = http.post().uri(admin("/users")).header(HttpHeaders.AUTHORIZATION, bearer())
                    .contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity().getHeaders()
                    .getLocation();
            String path = location.getPath();
            return Optional.of(path.substring(path.lastIndexOf('/') + 1));
        } catch (HttpClientErrorException.Conflict exists) {
            return Optional.empty();
        }
    }

    Optional<Map<String, Object>> findByUsernameOrEmail(String username, String email) {
        List<Map<String, Object>> found = http.get().uri(admin("/users?exact=true&briefRepresentation=false&username={u}"),
                username).header(HttpHeaders.AUTHORIZATION, bearer()).retrieve().body(LIST);
        if ((found == null || found.isEmpty()) && email != null) {
            found = http.get().uri(admin("/users?exact=true&briefRepresentation=false&email={e}"), email)
                    .header(HttpHeaders.AUTHORIZATION, bearer()).retrieve().body(LIST);
        }
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    Map<String, Object> user(String userId) {
        return http.get().uri(admin("/users/{id}"), userId).header(HttpHeaders.AUTHORIZATION, bearer())
                .retrieve().body(OBJECT);
    }

    void update(String userId, Map<String, Object> user) {
        http.put().uri(admin("/users/{id}"), userId).header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity();
    }

    /** The names of the realm roles the user holds directly. */
    Set<String> realmRoles(String userId) {
        List<Map<String, Object>> roles = http.get().uri(admin("/users/{id}/role-mappings/realm"), userId)
                .header(HttpHeaders.AUTHORIZATION, bearer()).retrieve().body(LIST);
        return roles == null ? Set.of() : roles.stream().map(role -> String.valueOf(role.get("name")))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Grants or takes away the realm role org-admin (rights inside the tree still come from positions). */
    void setOrgAdmin(String userId, boolean orgAdmin) {
        List<Map<String, Object>> role = List.of(realmRole("org-admin"));
        var request = orgAdmin ? http.post() : http.method(org.springframework.http.HttpMethod.DELETE);
        request.uri(admin("/users/{id}/role-mappings/realm"), userId).header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_JSON).body(role).retrieve().toBodilessEntity();
    }

    void grantMember(String userId) {
        Map<String, Object> member = realmRole("member");
        http.post().uri(admin("/users/{id}/role-mappings/realm"), userId).header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_JSON).body(List.of(member)).retrieve().toBodilessEntity();
    }

    /** Role representations (with their ids) are read once: role mappings need them on every call. */
    private synchronized Map<String, Object> realmRole(String name) {
        return realmRoles.computeIfAbsent(name, role -> http.get().uri(admin("/roles/{name}"), role)
                .header(HttpHeaders.AUTHORIZATION, bearer()).retrieve().body(OBJECT));
    }

    private String admin(String path) {
        return "/admin/realms/" + properties.realm() + path;
    }

    private synchronized String bearer() {
        if (token == null || clock.instant().isAfter(tokenExpires)) {
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", properties.clientId());
            form.add("client_secret", properties.clientSecret());
            Map<String, Object> response = http.post()
                    .uri("/realms/" + properties.realm() + "/protocol/openid-connect/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(OBJECT);
            token = (String) response.get("access_token");
            long lifetime = ((Number) response.getOrDefault("expires_in", 60)).longValue();
            tokenExpires = clock.instant().plusSeconds(Math.max(5, lifetime - 30));
        }
        return "Bearer " + token;
    }

    static Map<String, Object> copy(Map<String, Object> user) {
        return new HashMap<>(user);
    }
}
