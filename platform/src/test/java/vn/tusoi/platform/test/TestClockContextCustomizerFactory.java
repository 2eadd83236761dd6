package vn.tusoi.platform.test;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context of the build a {@link TestClock} as its {@link Clock} (registered in
 * {@code META-INF/spring.factories}), so no test can forget it: the services' own clock steps aside
 * ({@code @ConditionalOnMissingBean}).
 */
public final class TestClockContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new TestClockCustomizer();
    }

    private static final class TestClockCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            RootBeanDefinition clock = new RootBeanDefinition(TestClock.class, TestClock::new);
            clock.setPrimary(true);
            clock.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", clock);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClockCustomizer;
        }

        @Override
        public int hashCode() {
            return TestClockCustomizer.class.hashCode();
        }
    }
}
