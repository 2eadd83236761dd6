package vn.tusoi.gateway.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import org.springframework.context.MessageSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two ways in. API clients send a bearer token: validated here (issuer, audience, signature) and passed on as is.
 * Browsers log in through Keycloak (authorization code + PKCE) and hold only a session cookie; the gateway keeps
 * the tokens in the shared session and relays the access token to the services. CSRF protects the session.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    /**
     * Probes, the metrics (served on the management port only: management.server.port) and the web application's
     * hashed files (a chunk loaded late must not turn into a login redirect).
     */
    private static final String[] PUBLIC = {"/livez", "/readyz", "/actuator/health/**", "/actuator/prometheus",
            "/error", "/favicon.ico", "/assets/**"};

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    private static final RequestMatcher BEARER_API = request -> API.matches(request)
            && request.getHeader("Authorization") != null
            && request.getHeader("Authorization").regionMatches(true, 0, "Bearer ", 0, 7);

    private static final String CLIENT_SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";

    /**
     * The gateway's client secret is the deployment's own: the gateway refuses to start when it is missing or the
     * local realm's (published with the code), unless {@code tusoi.secrets.allow-local} says this is a developer's
     * machine (the local stack and the tests), as the services do.
     */
    @Bean
    InitializingBean gatewayClientSecretCheck(Environment environment) {
        return () -> {
            String secret = environment.getProperty(CLIENT_SECRET, "").strip();
            if (!environment.getProperty("tusoi.secrets.allow-local", Boolean.class, false)
                    && (secret.isEmpty() || secret.endsWith("-local-secret"))) {
                throw new IllegalStateException(CLIENT_SECRET + " is missing or the local realm's: give the"
                        + " deployment's own (TUSOI_GATEWAY_CLIENT_SECRET, from a Secret)");
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain bearerApiChain(HttpSecurity http, ApiProblemEntryPoint entryPoint) throws Exception {
        http.securityMatcher(BEARER_API)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookie is involved, so there is nothing to forge
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()).authenticationEntryPoint(entryPoint));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserChain(HttpSecurity http, ApiProblemEntryPoint entryPoint,
            ClientRegistrationRepository registrations) throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var logoutSuccess = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
        logoutSuccess.setRedirectStrategy(new AppRedirectStrategy());

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests)))
                .oauth2Client(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SpaCsrfTokens()))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(entryPoint, API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/keycloak"),
                                new NegatedRequestMatcher(API)));
        return http.build();
    }

    /** Only pages are remembered for after login; an anonymous API call must not create a session. */
    private static HttpSessionRequestCache pagesOnly() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(API));
        return cache;
    }

    /**
     * Authorized clients (the user's access and refresh tokens) live in the session, which is in the database,
     * so every gateway replica can relay them (Boot's default keeps them in this JVM's memory); only the tokens are
     * stored, see {@link SessionTokens}.
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository(ClientRegistrationRepository registrations) {
        return new SessionTokens(registrations);
    }

    /** The decoder Boot builds from the properties (issuer, keys, audience), remembering what it has checked. */
    @Bean
    static BeanPostProcessor cachedJwtDecoder(ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof CachedJwtDecoder)
                        ? new CachedJwtDecoder(decoder, clock.getIfAvailable(Clock::systemUTC), 10_000) : bean;
            }
        };
    }

    /**
     * One trace span and one timer per request (Boot's {@code http.server.requests}), not more from Spring Security:
     * by default it observes every filter of the chain, the bearer token's authentication and the authorization of
     * each request, which together made a fifth of the gateway's work per call.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ApiProblemEntryPoint apiProblemEntryPoint(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        return new ApiProblemEntryPoint(messages, locales, json);
    }
}
