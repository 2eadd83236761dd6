package vn.tusoi.notification.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.tusoi.notification.delivery.NotificationProperties;

/** Reminders are swept and messages dispatched on schedules; both are safe to run on every instance. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationsConfiguration {
}
