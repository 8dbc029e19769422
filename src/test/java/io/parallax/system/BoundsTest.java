package io.parallax.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a real port with a 3-second request time limit, the slow test-only endpoints and a database of its
 * own (the tests here store a 1 MB article that other tests' counts must not see). One context serves every class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parallax.data-dir=target/bounds-test-data", "parallax.request.time-limit=PT3S"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import({SlowEndpoints.Api.class, SlowEndpoints.Page.class})
@ActiveProfiles("test")
@interface BoundsTest {
}
