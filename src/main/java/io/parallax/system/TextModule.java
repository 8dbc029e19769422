package io.parallax.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/** Every JSON string in a request body is checked as it is read, so a NUL or lone surrogate is a 400 naming its field. */
@Configuration(proxyBeanMethods = false)
class TextModule {

    @Bean
    SimpleModule safeTextModule() {
        SimpleModule module = new SimpleModule("parallax-safe-text");
        module.addDeserializer(String.class, new SafeStringDeserializer());
        return module;
    }

    static final class SafeStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            String problem = UnsafeText.problem(value);
            if (problem != null) {
                throw InvalidFormatException.from(p, problem, value, String.class);
            }
            return value;
        }
    }
}
