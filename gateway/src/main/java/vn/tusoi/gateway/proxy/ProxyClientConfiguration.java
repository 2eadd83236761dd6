package vn.tusoi.gateway.proxy;

import java.time.Duration;

import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * How the gateway calls the services. The JDK's HttpClient, the default, runs every exchange through one selector
 * thread and kept the gateway waiting with its CPU half idle at 50 concurrent calls; Apache HttpClient's blocking
 * pool fits the servlet threads that wait for it. Each service gets up to {@code connectionsPerService} pooled
 * connections (the pool's default is 5 per host), from a pool that locks per route rather than for all; redirects go
 * back to the caller, as a proxy must. What a proxy has no use for is left out of every exchange: cookies (the
 * caller's pass through as headers), authentication caching, connection state, transparent decompression (the body
 * goes back as it came), and the JVM's proxy selector (services are reached directly).
 */
@Configuration(proxyBeanMethods = false)
class ProxyClientConfiguration {

    @Bean
    ClientHttpRequestFactory proxyClientHttpRequestFactory(
            @Value("${tusoi.gateway.connections-per-service:200}") int connectionsPerService,
            @Value("${tusoi.gateway.connect-timeout:PT5S}") Duration connectTimeout) {
        return ClientHttpRequestFactoryBuilder.httpComponents()
                .withHttpClientCustomizer(client -> client.disableCookieManagement().disableAuthCaching()
                        .disableConnectionState().disableContentCompression()
                        .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE)))
                .withConnectionManagerCustomizer(pool -> pool.setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                        .setMaxConnPerRoute(connectionsPerService).setMaxConnTotal(connectionsPerService * 4))
                .build(new HttpClientSettings(HttpRedirects.DONT_FOLLOW, connectTimeout, null, null));
    }
}
