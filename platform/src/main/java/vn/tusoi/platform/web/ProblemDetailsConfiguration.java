package vn.tusoi.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Problem details for every error, in the caller's language; text inputs in NFC ({@link NfcRequestFilter}). */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@Import(ProblemDetailsAdvice.class)
public class ProblemDetailsConfiguration {

    /** Text inputs in NFC, before anything reads the request (right after the character encoding is set). */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<NfcRequestFilter> nfcRequestFilter() {
        FilterRegistrationBean<NfcRequestFilter> registration = new FilterRegistrationBean<>(new NfcRequestFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    ProblemMessages problemMessages(MessageSource messageSource) {
        return new ProblemMessages(messageSource);
    }
}
