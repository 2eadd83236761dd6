package vn.tusoi.gateway.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The web application, from the {@code web} jar's {@code META-INF/resources}: hashed assets cached for a year,
 * {@code index.html} never cached, and every other page path of the app answered with {@code index.html} so that
 * the app's router shows it (a link in an email to {@code /reports/…} opens that report). Paths of the API, the
 * login and the probes are never the app's.
 */
@Configuration(proxyBeanMethods = false)
public class WebApplicationResources implements WebMvcConfigurer {

    static final String ROOT = "META-INF/resources/";

    /** First path segments that are not pages of the app: a miss there is a real 404, not the app. */
    static final List<String> NOT_THE_APP = List.of("api", "api-docs", "oauth2", "login", "logout", "actuator",
            "assets", "livez", "readyz", "error", "v3", "swagger-ui");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/" + ROOT + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new PathResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/" + ROOT)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new AppRoutes());
    }

    /** A file if there is one, else {@code index.html} for the app's own routes. */
    static final class AppRoutes extends PathResourceResolver {

        private final Resource index = new ClassPathResource(ROOT + "index.html");

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource found = super.getResource(resourcePath, location);
            if (found != null) {
                return found;
            }
            return isAppRoute(resourcePath) && index.exists() ? index : null;
        }

        @Override
        protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            return super.resolveResourceInternal(request, requestPath.isEmpty() ? "index.html" : requestPath,
                    locations, chain);
        }
    }

    static boolean isAppRoute(String path) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        if (clean.isEmpty()) {
            return true;
        }
        String first = clean.contains("/") ? clean.substring(0, clean.indexOf('/')) : clean;
        String last = clean.substring(clean.lastIndexOf('/') + 1);
        return !NOT_THE_APP.contains(first) && !last.contains(".");
    }
}
