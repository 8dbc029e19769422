package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.parallax.IntegrationTest;

@IntegrationTest
class OpenApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

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
    void theBulkImportApiIsDocumentedWithEachOfItsAnswers() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/api/openapi")).andReturn().getResponse().getContentAsString()).path("paths");

        JsonNode post = paths.path("/api/imports").path("post");
        assertThat(post.isMissingNode()).as("POST /api/imports is in the document").isFalse();
        assertThat(names(post.path("responses"))).contains("202", "400", "401", "413");
        assertThat(post.path("responses").path("202").path("headers").has("Location")).isTrue();
        assertThat(post.path("responses").path("413").path("description").asString()).contains("import limit");
        assertThat(names(post.path("requestBody").path("content"))).contains("application/x-ndjson", "multipart/form-data");
        assertThat(post.path("security").toString()).contains("basicAuth");

        JsonNode progress = paths.path("/api/imports/{id}").path("get");
        assertThat(names(progress.path("responses"))).contains("200", "401", "404");
        assertThat(progress.path("parameters").toString()).contains("\"status\"").contains("\"offset\"").contains("\"limit\"");
        assertThat(names(paths.path("/api/imports").path("get").path("responses"))).contains("200", "401");
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    @Test
    void healthHasAMemoryIndicatorForTheAdmin() throws Exception {
        String health = mvc.perform(get("/actuator/health").with(httpBasic("admin", "test-password"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(health).contains("\"memory\"").contains("heapUsedAfterGc").contains("\"embeddedDatabase\"");
    }
}
