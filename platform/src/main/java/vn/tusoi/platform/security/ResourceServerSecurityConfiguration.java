package vn.tusoi.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.platform.web.ProblemMessages;

/**
 * Services are stateless resource servers: every request but probes, the management port's metrics and a service's
 * declared {@link PublicPaths} carries a JWT whose issuer and audience Boot validates
 * ({@code spring.security.oauth2.resourceserver.jwt.*}). The API documents are for system administrators.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"})
@EnableMethodSecurity
public class ResourceServerSecurityConfiguration {

    /** The OpenAPI document and its browser: they describe every endpoint, so only to system administrators. */
    public static final String[] API_DOCUMENTS = {"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    ProblemWriter problemWriter(ProblemMessages problems, LocaleResolver localeResolver, JsonMapper json) {
        return new ProblemWriter(problems, localeResolver, json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ProblemWriter writer,
            ObjectProvider<PublicPaths> publicPaths) throws Exception {
        var entryPoint = new ProblemAuthenticationEntryPoint(writer);
        var accessDenied = new ProblemAccessDeniedHandler(writer);
        String[] declared = publicPaths.orderedStream().flatMap(paths -> paths.patterns().stream())
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests -> {
            // the actuator's endpoints are served on the management port only (management.server.port)
            requests.requestMatchers("/livez", "/readyz", "/actuator/health/**", "/actuator/prometheus", "/error")
                    .permitAll();
            requests.requestMatchers(API_DOCUMENTS).hasRole(Caller.ROLE_SYSTEM_ADMIN);
            if (declared.length > 0) {
                requests.requestMatchers(declared).permitAll();
            }
            requests.anyRequest().authenticated();
        })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless bearer-token API: no ambient credentials to forge
                .oauth2ResourceServer(server -> server
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied));
        return http.build();
    }
}
