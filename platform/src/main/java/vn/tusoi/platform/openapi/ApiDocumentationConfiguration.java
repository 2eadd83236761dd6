package vn.tusoi.platform.openapi;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import tools.jackson.databind.JsonNode;
import vn.tusoi.platform.security.PublicPaths;

/**
 * Every service's OpenAPI document ({@code /v3/api-docs}) says the same things the same way: who it is, where it
 * is reached (the gateway), the two ways a caller proves who they are, and the problem details every error is.
 * The web application's API types are generated from these documents, so they must be complete and true.
 */
@AutoConfiguration
@ConditionalOnClass({OpenAPI.class, OpenApiCustomizer.class})
@EnableConfigurationProperties(ApiDocumentationProperties.class)
public class ApiDocumentationConfiguration {

    /** An access token from Keycloak, sent as {@code Authorization: Bearer}. */
    public static final String BEARER = "bearer";

    /** The gateway's session cookie, which a browser holds after logging in through the gateway. */
    public static final String SESSION = "session";

    static final String SESSION_COOKIE = "TUSOI_SESSION";

    static {
        // a JsonNode property (an audit entry's before and after) is the JSON it holds, not the node's getters
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema());
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI tusoiOpenApi(ApiDocumentationProperties api) {
        ApiDocumentationProperties.License terms = api.license();
        License license = terms == null ? null
                : new License().name(terms.name()).identifier(terms.identifier()).url(terms.url());
        SecurityScheme bearer = new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token of the Keycloak realm (audience tusoi-api), as Authorization: Bearer "
                        + "<token>. The gateway checks it and passes it on; so does every service.");
        SecurityScheme session = new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name(SESSION_COOKIE)
                .description("The gateway's session, which a browser gets by logging in through the gateway "
                        + "(/oauth2/authorization/keycloak); the gateway relays the session's access token to the "
                        + "service. A change (POST, PUT, PATCH, DELETE) also sends the XSRF-TOKEN cookie's value "
                        + "back as the X-XSRF-TOKEN header.");
        return new OpenAPI()
                .info(new Info().title(api.title()).version(api.version()).description(api.description())
                        .license(license))
                .servers(List.of(new Server().url(api.publicUrl())
                        .description("The public base URL, the gateway's: every path of this document is there.")))
                .components(new Components().addSecuritySchemes(BEARER, bearer).addSecuritySchemes(SESSION, session))
                .security(List.of(new SecurityRequirement().addList(BEARER),
                        new SecurityRequirement().addList(SESSION)));
    }

    @Bean
    OperationCustomizer tusoiOperationNames() {
        return new OperationNames();
    }

    @Bean
    OpenApiCustomizer tusoiApiDocument(ObjectProvider<PublicPaths> publicPaths) {
        return new ApiDocumentCustomizer(publicPaths.orderedStream().flatMap(paths -> paths.patterns().stream())
                .toList());
    }
}
