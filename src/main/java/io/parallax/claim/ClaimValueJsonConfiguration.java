package io.parallax.claim;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** Lets the API write claim values the way storage does. */
@Configuration(proxyBeanMethods = false)
class ClaimValueJsonConfiguration {

    @Bean
    JacksonModule claimValueModule() {
        return ClaimValueJson.MODULE;
    }
}
