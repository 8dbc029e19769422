package io.parallax.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.parallax.IntegrationTest;

@IntegrationTest
class BulkImportApiTests {

    private static final String NDJSON = "application/x-ndjson";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    static String line(String outlet, String url, String body) {
        return """
                {"outlet": %s, "url": %s, "title": "Bulk test", "publishedAt": "2024-10-24", "story": "Bulk import test story", "body": %s}"""
                .formatted(quote(outlet), quote(url), quote(body));
    }

    static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static String body(String marker) {
        return "MOSCOW — The lower house voted 397-0 on Thursday to approve the pact, officials said. "
                + "About 10,000 troops were sent to the border region in October, according to the ministry.\n\n"
                + "Reference " + marker + " was filed with the report.";
    }

    JsonNode awaitDone(String location) throws Exception {
        for (int i = 0; i < 600; i++) {
            MvcResult result = mvc.perform(get(location).with(httpBasic("admin", "test-password")))
                    .andExpect(status().isOk()).andReturn();
            JsonNode progress = json.readTree(result.getResponse().getContentAsString());
            if (progress.path("status").asString().equals("DONE")) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not finish within a minute");
    }

    String submit(String ndjson) throws Exception {
        return mvc.perform(post("/api/imports").with(httpBasic("admin", "test-password")).contentType(NDJSON).content(ndjson))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("http://localhost/api/imports/")))
                .andExpect(jsonPath("$.status", is("RUNNING")))
                .andReturn().getResponse().getHeader("Location");
    }

    @Test
    void aBadLineIsRefusedWithItsFieldWhileTheGoodLinesBesideItAreStored() throws Exception {
        String run = UUID.randomUUID().toString();
        String ndjson = String.join("\n",
                line("Bulk Times", "https://bulk.example/" + run + "/1", body(run + "-1")),
                line("Bulk Times", null, ""),
                "{ this is not json",
                line("Bulk Herald", "https://bulk.example/" + run + "/2", body(run + "-2")),
                "",
                line("Bulk Herald", "https://bulk.example/" + run + "/1", body(run + "-other")),
                line("Bulk Courier", "ftp://bulk.example/" + run, body(run + "-3")));
        JsonNode done = awaitDone(submit(ndjson));

        assertThat(done.path("total").asInt()).isEqualTo(6);
        assertThat(done.path("stored").asInt()).isEqualTo(2);
        assertThat(done.path("duplicates").asInt()).isEqualTo(1);
        assertThat(done.path("refused").asInt()).isEqualTo(3);
        assertThat(done.path("pending").asInt()).isZero();
        JsonNode items = done.path("items");
        assertThat(items.get(0).path("status").asString()).isEqualTo("STORED");
        assertThat(items.get(0).path("source").asString()).isEqualTo("line 1");
        assertThat(items.get(1).path("status").asString()).isEqualTo("REFUSED");
        assertThat(items.get(1).path("field").asString()).isEqualTo("body");
        assertThat(items.get(1).path("reason").asString()).isEqualTo("body is required");
        assertThat(items.get(2).path("status").asString()).isEqualTo("REFUSED");
        assertThat(items.get(2).path("reason").asString()).contains("not a JSON object");
        assertThat(items.get(3).path("status").asString()).isEqualTo("STORED");
        // Line 6 (after a blank line 5) has line 1's URL: a duplicate of the article line 1 stored.
        assertThat(items.get(4).path("source").asString()).isEqualTo("line 6");
        assertThat(items.get(4).path("status").asString()).isEqualTo("DUPLICATE");
        assertThat(items.get(4).path("articleId").asLong()).isEqualTo(items.get(0).path("articleId").asLong());
        assertThat(items.get(5).path("field").asString()).isEqualTo("url");
        assertThat(items.get(5).path("reason").asString()).isEqualTo("url must be an http or https URL");

        long stored = jdbc.sql("select count(*) from article where url like :u").param("u", "https://bulk.example/" + run + "/%")
                .query(Long.class).single();
        assertThat(stored).isEqualTo(2);
        long withClaims = jdbc.sql("""
                select count(distinct c.article_id) from claim c join article a on a.id = c.article_id
                where a.url like :u and c.type = 'VOTE'""").param("u", "https://bulk.example/" + run + "/%").query(Long.class).single();
        assertThat(withClaims).isEqualTo(2);
        mvc.perform(get("/api/articles/" + items.get(0).path("articleId").asLong()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outlet.name", is("Bulk Times")));
    }

    @Test
    void anArticleAlreadyStoredThroughTheSingleApiIsADuplicateInBulk() throws Exception {
        String run = UUID.randomUUID().toString();
        mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password")).contentType("application/json")
                .content(line("Bulk Times", null, body(run)))).andExpect(status().isCreated());
        // Same text with other spacing and case, no URL: the normalised body makes it the same article.
        JsonNode done = awaitDone(submit(line("Bulk Times", null, body(run).toUpperCase().replace(" ", "  "))));
        assertThat(done.path("duplicates").asInt()).isEqualTo(1);
        assertThat(done.path("items").get(0).path("status").asString()).isEqualTo("DUPLICATE");
    }

    @Test
    void twoHundredArticlesGoThroughTheBulkPathWithTheirClaims() throws Exception {
        String run = UUID.randomUUID().toString();
        String ndjson = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> line("Bulk Outlet " + (i % 7), "https://bulk.example/" + run + "/many/" + i, body(run + "-" + i)))
                .collect(Collectors.joining("\n"));
        JsonNode done = awaitDone(submit(ndjson));

        assertThat(done.path("stored").asInt()).isEqualTo(200);
        assertThat(done.path("refused").asInt() + done.path("duplicates").asInt()).isZero();
        Map<String, Object> counts = jdbc.sql("""
                select count(distinct a.id) as articles, count(distinct a.outlet_id) as outlets,
                  count(distinct e.article_id) as extracted, count(c.id) filter (where c.type = 'TROOP_COUNT') as troops
                from article a left join claim_extraction e on e.article_id = a.id left join claim c on c.article_id = a.id
                where a.url like :u""").param("u", "https://bulk.example/" + run + "/many/%").query().singleRow();
        assertThat(counts).containsEntry("articles", 200L).containsEntry("outlets", 7L).containsEntry("extracted", 200L)
                .containsEntry("troops", 200L);
    }

    @Test
    void filesUploadedAsMultipartAreImportedToo() throws Exception {
        String run = UUID.randomUUID().toString();
        MockMultipartFile ndjson = new MockMultipartFile("file", "articles.ndjson", "application/x-ndjson",
                (line("Upload Times", "https://upload.example/" + run + "/1", body(run + "-1")) + "\n"
                        + line("Upload Times", "https://upload.example/" + run + "/2", body(run + "-2")))
                        .getBytes(StandardCharsets.UTF_8));
        MockMultipartFile csv = new MockMultipartFile("file", "more.csv", "text/csv", ("outlet,url,title,publishedAt,body\n"
                + "CSV Daily,https://upload.example/" + run + "/3,From a sheet,2024-11-06,\"" + body(run + "-3") + "\"\n")
                .getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/api/imports").file(ndjson).file(csv).with(httpBasic("admin", "test-password")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        JsonNode done = awaitDone(location);
        assertThat(done.path("stored").asInt()).isEqualTo(3);
        assertThat(done.path("items").get(2).path("source").asString()).isEqualTo("more.csv, row 2");
    }

    @Test
    void importsNeedTheEditorsCredentials() throws Exception {
        mvc.perform(post("/api/imports").contentType(NDJSON).content(line("X", null, body("x"))))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/imports/1")).andExpect(status().isUnauthorized());
    }

    @Test
    void anEmptyImportIsABadRequestAndAnUnknownImportIsNotFound() throws Exception {
        mvc.perform(post("/api/imports").with(httpBasic("admin", "test-password")).contentType(NDJSON).content("\n \n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title", is("Nothing to import")));
        mvc.perform(get("/api/imports/987654").with(httpBasic("admin", "test-password")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aRequestOverTheImportLimitIsRefusedWith413() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        mvc.perform(post("/api/imports").with(httpBasic("admin", "test-password")).contentType(NDJSON).content(big))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("4 MB")));
    }

}
