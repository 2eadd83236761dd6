package vn.tusoi.review.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Outbox listeners (the fan-out of a launch's assignments) run after commit, off the request thread. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
