package vn.tusoi.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tusoi.platform.test.ServiceTestProperties;
import vn.tusoi.platform.test.TestDatabase;
import vn.tusoi.platform.test.TestTokens;

/** The gateway's two ways in, against a real session database and a stand-in downstream service. */
@SpringBootTest
@AutoConfigureMockMvc
class GatewaySecurityTest {

    /** The Keycloak client registration as discovery would build it, without a live Keycloak. */
    @TestConfiguration
    static class KeycloakRegistration {

        @Bean
        ClientRegistrationRepository clientRegistrationRepository() {
            String idp = ServiceTestProperties.ISSUER + "/protocol/openid-connect";
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("keycloak")
                    .clientId("tusoi-gateway").clientSecret("secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .authorizationUri(idp + "/auth").tokenUri(idp + "/token").jwkSetUri(idp + "/certs")
                    .userInfoUri(idp + "/userinfo").userNameAttributeName("preferred_username")
                    .issuerUri(ServiceTestProperties.ISSUER)
                    .providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", idp + "/logout"))
                    .build());
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.url("tusoi_gateway_test"));
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ServiceTestProperties.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("TUSOI_ORG_URI", EchoService::url);
        registry.add("tusoi.secrets.allow-local", () -> true);
        registry.add("TUSOI_REVIEW_URI", EchoService::url);
        registry.add("TUSOI_NOTIFICATION_URI", EchoService::url);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.session.SessionRepository<?> sessions;

    ClientRegistration keycloak() {
        return registrations.findByRegistrationId("keycloak");
    }

    @Test
    void anonymousApiCallsGet401ProblemsAndNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/api/org/units").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void anonymousPagesRedirectToKeycloakLoginWithPkce() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/oauth2/authorization/keycloak")));
        mvc.perform(get("/oauth2/authorization/keycloak")).andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith(ServiceTestProperties.ISSUER + "/protocol/openid-connect/auth"),
                        org.hamcrest.Matchers.containsString("code_challenge_method=S256"))));
    }

    @Test
    void aValidBearerTokenIsPassedOnAsItIs() throws Exception {
        String token = TestTokens.token().roles("member").sign();
        mvc.perform(get("/api/reviews/anything").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.path").value("/api/reviews/anything"))
                .andExpect(jsonPath("$.authorization").value("Bearer " + token));
    }

    @Test
    void bearerTokensWithAForeignAudienceOrPastExpiryAreRefusedAtTheGateway() throws Exception {
        for (String token : List.of(TestTokens.token().audience("other").sign(),
                TestTokens.token().expired().sign(), "garbage")) {
            mvc.perform(get("/api/org/units").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    void aSessionReadAgainWithinAMinuteIsNotWrittenBack() throws Exception {
        MvcResult first = mvc.perform(get("/campaigns")).andExpect(status().is3xxRedirection()).andReturn();
        // the session cookie (TUSOI_SESSION behind a real server, Spring Session's default name under MockMvc)
        jakarta.servlet.http.Cookie cookie = java.util.Arrays.stream(first.getResponse().getCookies())
                .filter(c -> c.getName().endsWith("SESSION")).findFirst().orElse(null);
        assertThat(cookie).as("a page remembered for after login opens a session").isNotNull();
        String id = new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
        String lastAccess = "select LAST_ACCESS_TIME from SPRING_SESSION where SESSION_ID = ?";
        Long written = jdbc.queryForObject(lastAccess, Long.class, id);

        mvc.perform(get("/api/org/units").cookie(cookie)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reviews/assignments").cookie(cookie)).andExpect(status().isUnauthorized());

        assertThat(jdbc.queryForObject(lastAccess, Long.class, id)).isEqualTo(written);
        assertThat(sessions).isInstanceOf(vn.tusoi.gateway.session.QuietSessionRepository.class);
    }

    @Test
    void aLoggedInBrowserSessionRelaysTheUsersAccessToken() throws Exception {
        // the test login stores an authorized client whose access token is "access-token" in the session
        mvc.perform(get("/api/org/units").with(oidcLogin().clientRegistration(keycloak())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authorization").value("Bearer access-token"));
    }

    @Test
    void aSessionCallThatChangesSomethingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/api/org/units").with(oidcLogin().clientRegistration(keycloak())).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        // as the browser does: the token comes in the XSRF-TOKEN cookie and goes back in the X-XSRF-TOKEN header
        var xsrf = mvc.perform(get("/api/org/units").with(oidcLogin().clientRegistration(keycloak())))
                .andReturn().getResponse().getCookie("XSRF-TOKEN");
        assertThat(xsrf).isNotNull();
        assertThat(xsrf.isHttpOnly()).isFalse();
        mvc.perform(post("/api/org/units").with(oidcLogin().clientRegistration(keycloak())).cookie(xsrf)
                        .header("X-XSRF-TOKEN", xsrf.getValue())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("POST"));
    }

    @Test
    void appRoutesAnswerWithTheWebApplicationNeverCached() throws Exception {
        // "/" is the welcome page: the server forwards it to index.html
        mvc.perform(get("/").with(oidcLogin().clientRegistration(keycloak())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("index.html"));
        for (String route : List.of("/reports/" + java.util.UUID.randomUUID(), "/campaigns/a/units/b", "/index.html")) {
            mvc.perform(get(route).with(oidcLogin().clientRegistration(keycloak())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("<div id=\"root\">")))
                    .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-cache")));
        }
    }

    @Test
    void hashedAssetsAreCachedForAYearAndNeedNoSession() throws Exception {
        String index = mvc.perform(get("/reports/x").with(oidcLogin().clientRegistration(keycloak())))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(index);
        assertThat(script.find()).as("index.html names its script").isTrue();
        mvc.perform(get(script.group()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("max-age=31536000"),
                        org.hamcrest.Matchers.containsString("immutable"))));
        mvc.perform(get("/assets/no-such-chunk.js")).andExpect(status().isNotFound());
    }

    @Test
    void metricsAreNotOnTheGatewaysPortAndApiDocumentsNeedALogin() throws Exception {
        // the actuator lives on the management port (management.server.port), which the ingress never routes to
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/metrics").with(oidcLogin().clientRegistration(keycloak())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api-docs/org")).andExpect(status().is3xxRedirection());
    }

    @Test
    void pathsOfTheApiAndTheLoginAreNeverTheApp() throws Exception {
        mvc.perform(get("/api/nothing-here").with(oidcLogin().clientRegistration(keycloak())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"root\""))));
        mvc.perform(get("/actuator/nothing").with(oidcLogin().clientRegistration(keycloak())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"root\""))));
    }

    @Test
    void meTellsTheAppWhoIsSignedInFamilyNameFirst() throws Exception {
        mvc.perform(get("/api/me").with(oidcLogin().clientRegistration(keycloak())
                        .idToken(token -> token.claim("family_name", "Nguyễn").claim("given_name", "Thị Hương")
                                .claim("preferred_username", "demo-secretary").claim("member_id", "0193a000-0000-7000-8000-000000000003"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Nguyễn Thị Hương"))
                .andExpect(jsonPath("$.username").value("demo-secretary"))
                .andExpect(jsonPath("$.memberId").value("0193a000-0000-7000-8000-000000000003"));
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void theAppLogsOutAndIsToldWhereKeycloakEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(oidcLogin().clientRegistration(keycloak()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.location").value(org.hamcrest.Matchers.startsWith(
                        ServiceTestProperties.ISSUER + "/protocol/openid-connect/logout")));
    }
}
