package io.parallax.correction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

import io.parallax.IntegrationTest;

/**
 * The whole application on a database of its own: corrections change the seed articles' claims, which the other
 * integration tests read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "parallax.data-dir=target/correction-test-data")
@interface CorrectionTest {
}
