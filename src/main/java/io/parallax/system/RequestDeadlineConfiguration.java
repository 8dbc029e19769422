package io.parallax.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every request gets a time limit ({@code parallax.request.time-limit}) and stops when its client leaves. */
@Configuration(proxyBeanMethods = false)
class RequestDeadlineConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestDeadlines(
            @Value("${parallax.request.time-limit:PT20S}") Duration limit) {
        return factory -> factory.addContextCustomizers(context -> context.getPipeline().addValve(new RequestDeadlineValve(limit)));
    }
}
