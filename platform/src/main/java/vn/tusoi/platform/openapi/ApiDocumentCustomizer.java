package vn.tusoi.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Completes a service's document with what every tusoi service does the same way, so the document is true without
 * each controller repeating it:
 * <ul>
 * <li>errors: every error is an RFC 9457 problem detail ({@code application/problem+json}, the {@code Problem}
 * schema, as {@code ProblemDetailsAdvice} and {@code ProblemWriter} write it). Each operation lists the 4xx answers
 * it can give: 400 when it takes parameters or a body (a malformed value, a failed validation), 401 and 403 when it
 * needs a caller, 404 when its path names something, 409 for a change (POST, PUT, PATCH, DELETE: already done,
 * a duplicate, changed meanwhile), 413 for an upload. A response an operation documents itself is kept.</li>
 * <li>security: the document requires the bearer token or the gateway's session for every operation
 * ({@link ApiDocumentationConfiguration}); a service's {@code PublicPaths} are let through without one
 * ({@code security: []}) and check their own credential, so they answer 401 when it is wrong.</li>
 * <li>responses: Jackson writes every property of a response, null or not, so each property of a schema that only
 * responses use is required; one that may be null says so with {@code @Schema(nullable = true)}, documented as
 * OpenAPI 3.1 does it (a type that includes {@code "null"}). A {@code byte[]} body is the file's bytes, not
 * base64.</li>
 * </ul>
 */
final class ApiDocumentCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_FIELD = "ProblemField";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** The 4xx responses, as components every operation refers to. */
    enum Refusal {
        BAD_REQUEST("400", "BadRequest", "The request is malformed, or a parameter or field is invalid; a failed "
                + "validation names each field in errors[]. Nothing was changed."),
        UNAUTHORIZED("401", "Unauthorized", "No valid credential: not logged in, or the session or the access "
                + "token has expired."),
        CREDENTIAL_REFUSED("401", "CredentialRefused", "The operation's own credential (see its parameters) is "
                + "missing or wrong."),
        FORBIDDEN("403", "Forbidden", "The caller may not do this: neither their role nor their positions in the "
                + "organization allow it. Nothing was changed."),
        NOT_FOUND("404", "NotFound", "What the path names does not exist, or is not one the caller may see."),
        CONFLICT("409", "Conflict", "The change contradicts what is there now (done already, a duplicate, a state "
                + "that does not allow it, or changed by someone else meanwhile). Nothing was changed."),
        TOO_LARGE("413", "PayloadTooLarge", "The uploaded file is larger than the service accepts.");

        final String status;
        final String component;
        final String description;

        Refusal(String status, String component, String description) {
            this.status = status;
            this.component = component;
            this.description = description;
        }

        ApiResponse response() {
            return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref(SCHEMAS + PROBLEM))));
        }

        ApiResponse reference() {
            return new ApiResponse().$ref("#/components/responses/" + component);
        }
    }

    private final List<PathPattern> publicPaths;

    ApiDocumentCustomizer(Collection<String> publicPaths) {
        this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Components components = openApi.getComponents();
        components.addSchemas(PROBLEM, problem());
        components.addSchemas(PROBLEM_FIELD, problemField());
        Set<Refusal> used = new LinkedHashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> complete(path, method, operation, used)));
        }
        for (Refusal refusal : used) {
            components.addResponses(refusal.component, refusal.response());
        }
        requireWhatResponsesAlwaysHave(openApi);
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiDocumentCustomizer::documentNulls);
        }
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation, Set<Refusal> used) {
        boolean publicPath = publicPaths.stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
        if (publicPath) {
            operation.setSecurity(new ArrayList<>());
        }
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean hasInput = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || operation.getRequestBody() != null;
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (hasInput) {
            refuse(responses, Refusal.BAD_REQUEST, used);
        }
        if (secured) {
            refuse(responses, Refusal.UNAUTHORIZED, used);
            refuse(responses, Refusal.FORBIDDEN, used);
        } else {
            refuse(responses, Refusal.CREDENTIAL_REFUSED, used);
        }
        if (path.contains("{")) {
            refuse(responses, Refusal.NOT_FOUND, used);
        }
        if (CHANGES.contains(method.name())) {
            refuse(responses, Refusal.CONFLICT, used);
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream()
                        .anyMatch(type -> type.startsWith("multipart/"))) {
            refuse(responses, Refusal.TOO_LARGE, used);
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                rawBytes(response);
            }
        });
    }

    private static void refuse(ApiResponses responses, Refusal refusal, Set<Refusal> used) {
        if (!responses.containsKey(refusal.status)) {
            responses.addApiResponse(refusal.status, refusal.reference());
            used.add(refusal);
        }
    }

    /**
     * Spring writes a {@code byte[]} body as it is, a file whose Content-Type the handler sets: springdoc would call
     * it base64 ({@code format: byte}) JSON.
     */
    private static void rawBytes(ApiResponse response) {
        Content content = new Content();
        boolean file = false;
        for (Map.Entry<String, MediaType> entry : response.getContent().entrySet()) {
            String type = entry.getKey();
            Schema<?> schema = entry.getValue().getSchema();
            if (schema != null && "byte".equals(schema.getFormat()) && isType(schema, "string")) {
                schema.setFormat("binary");
                file = true;
                if (type.equals(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)) {
                    type = org.springframework.http.MediaType.ALL_VALUE;
                }
            }
            content.addMediaType(type, entry.getValue());
        }
        if (file) {
            response.setContent(content);
            response.setDescription("The file; its Content-Type and Content-Disposition say which.");
        }
    }

    /** A problem detail as {@code ProblemMessages}, {@code ProblemDetailsAdvice} and {@code ProblemWriter} write it. */
    private static Schema<?> problem() {
        return object()
                .description("An error, as RFC 9457 problem details: title and detail are in the caller's language "
                        + "(Accept-Language: vi, the default, or en).")
                .addProperty("type", string().format("uri")
                        .description("What went wrong, as urn:tusoi:problem: and the message's key, e.g. "
                                + "urn:tusoi:problem:problem.validation; stable, for clients to tell cases apart.")
                        .example("urn:tusoi:problem:problem.validation"))
                .addProperty("title", string().description("The status's name, e.g. Yêu cầu không hợp lệ."))
                .addProperty("status", typed("integer").format("int32").description("The HTTP status code."))
                .addProperty("detail", string().description("What went wrong and what to do, for a person."))
                .addProperty("instance", string().format("uri-reference")
                        .description("The path of the request that failed."))
                .addProperty("errors", typed("array").items(new Schema<>().$ref(SCHEMAS + PROBLEM_FIELD))
                        .description("For a failed validation (400, urn:tusoi:problem:problem.validation): each "
                                + "invalid field or parameter."))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<?> problemField() {
        return object()
                .description("One invalid field of a request body, or one invalid parameter.")
                .addProperty("field", string().description("The field's path in the body (e.g. deadlines[0].due), "
                        + "or the parameter's name."))
                .addProperty("message", string().description("What is wrong with it, in the caller's language."))
                .required(List.of("field", "message"));
    }

    /**
     * Each property of a schema that only responses use is required: Jackson writes every property (nulls too).
     * A schema that request bodies or parameters also use keeps what it says for them.
     */
    private static void requireWhatResponsesAlwaysHave(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null || openApi.getPaths() == null) {
            return;
        }
        Set<String> requests = new HashSet<>();
        Set<String> responses = new HashSet<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> reach(parameter.getSchema(), schemas, requests));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values()
                        .forEach(media -> reach(media.getSchema(), schemas, requests));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().values().stream().filter(response -> response.getContent() != null)
                        .forEach(response -> response.getContent().values()
                                .forEach(media -> reach(media.getSchema(), schemas, responses)));
            }
        }));
        responses.removeAll(requests);
        responses.removeAll(Set.of(PROBLEM, PROBLEM_FIELD));
        for (String name : responses) {
            Schema<?> schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /** Adds the names of the component schemas that {@code schema} refers to, directly or through others. */
    @SuppressWarnings("rawtypes")
    private static void reach(Schema<?> schema, Map<String, Schema> schemas, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (reached.add(name)) {
                reach(schemas.get(name), schemas, reached);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, reached));
        }
        reach(schema.getItems(), schemas, reached);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            reach(values, schemas, reached);
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(part -> reach(part, schemas, reached));
            }
        }
    }

    /**
     * {@code @Schema(nullable = true)} is OpenAPI 3.0's way; in 3.1 the property's type includes {@code "null"},
     * and a reference becomes "that schema or null" (swagger-core puts {@code type: "null"} beside the
     * {@code $ref}, which no value matches).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void documentNulls(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = (Map) schema.getProperties();
        properties.replaceAll((name, property) -> {
            boolean nullable = Boolean.TRUE.equals(property.getNullable())
                    || (property.getTypes() != null && property.getTypes().contains("null"));
            if (!nullable) {
                return property;
            }
            property.setNullable(null);
            if (property.get$ref() != null) {
                Schema<?> either = new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()),
                        typed("null")));
                either.setDescription(property.getDescription());
                return either;
            }
            Set<String> types = property.getTypes() == null ? new LinkedHashSet<>()
                    : new LinkedHashSet<>(property.getTypes());
            if (types.isEmpty() && property.getType() != null) {
                types.add(property.getType());
            }
            if (types.isEmpty()) {
                return property; // no type: any value, null among them
            }
            types.add("null");
            property.setTypes(types);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnum());
                values.add(null);
                ((Schema<Object>) property).setEnum(values);
            }
            return property;
        });
    }

    private static boolean isType(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    private static Schema<Object> object() {
        return typed("object");
    }

    private static Schema<Object> string() {
        return typed("string");
    }

    /** A schema of one type, said the way OpenAPI 3.0 (type) and 3.1 (types) documents each write it. */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.addType(type);
        return schema;
    }
}
