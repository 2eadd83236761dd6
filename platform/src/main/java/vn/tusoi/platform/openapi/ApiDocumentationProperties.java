package vn.tusoi.platform.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says about itself (defaults in {@code tusoi-service-defaults.yml}).
 *
 * @param title       the document's title; by default it names the service ({@code spring.application.name})
 * @param version     the version of the API (not of the build: it changes when the API does)
 * @param description what the service offers, and how it is reached
 * @param publicUrl   where clients reach the API: the gateway's public base URL ({@code TUSOI_PUBLIC_URL}), or
 *                    {@code /} for the origin that serves the document, which is the gateway for
 *                    {@code /api-docs/...}
 * @param license     the terms the API is offered under
 */
@ConfigurationProperties("tusoi.api")
public record ApiDocumentationProperties(String title, String version, String description, String publicUrl,
        License license) {

    /**
     * @param name       the license's name
     * @param identifier its SPDX expression
     * @param url        or where its text is
     */
    public record License(String name, String identifier, String url) {
    }
}
