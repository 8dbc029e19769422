package io.parallax;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Parallax: compare how news outlets report the same story. */
@SpringBootApplication
public class ParallaxApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParallaxApplication.class, args);
    }
}
