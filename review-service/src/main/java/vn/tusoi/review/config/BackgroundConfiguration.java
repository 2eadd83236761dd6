package vn.tusoi.review.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Outbox listeners (the fan-out of a launch's assignments) run after commit, off the request thread; open
 * campaigns are topped up with newcomers on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class BackgroundConfiguration {
}
