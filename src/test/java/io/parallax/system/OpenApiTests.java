package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;

@IntegrationTest
class OpenApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theDocumentListsEachFilterEveryAnswerAndTheSecurityScheme() throws Exception {
        String doc = mvc.perform(get("/api/openapi")).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("\"basicAuth\"").contains("\"scheme\":\"basic\"");
        assertThat(doc).contains("\"name\":\"outlet\"").contains("\"name\":\"from\"").contains("\"name\":\"to\"")
                .contains("\"name\":\"q\"").doesNotContain("\"name\":\"filter\"");
        String post = doc.substring(doc.indexOf("\"/api/articles\""));
        post = post.substring(post.indexOf("\"post\""));
        for (String status : new String[] {"\"201\"", "\"200\"", "\"400\"", "\"401\"", "\"413\"", "\"429\"", "\"503\""}) {
            assertThat(post).as(status).contains(status);
        }
    }

    @Test
    void healthHasAMemoryIndicatorForTheAdmin() throws Exception {
        String health = mvc.perform(get("/actuator/health").with(httpBasic("admin", "test-password"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(health).contains("\"memory\"").contains("heapUsedAfterGc").contains("\"embeddedDatabase\"");
    }
}
