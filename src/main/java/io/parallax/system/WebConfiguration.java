package io.parallax.system;

import java.util.Collection;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How request parameters become values. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * A parameter given once is one value, commas and all: outlet names such as "Foo, Inc." must work as filters.
     * Several values are given by repeating the parameter.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.removeConvertible(String.class, Collection.class);
    }
}
