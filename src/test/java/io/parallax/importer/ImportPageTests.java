package io.parallax.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;

/** The "Add articles" page: pasted text, web addresses fetched from a local server, and the import's own page. */
@IntegrationTest
class ImportPageTests {

    private static HttpServer server;
    private static String base;

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void serveFixtures() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/world/deputies-back-defence-pact", ex -> {
            try (InputStream in = ImportPageTests.class.getResourceAsStream("/importer/pages/treaty-vote.html")) {
                byte[] body = in.readAllBytes();
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.createContext("/file.pdf", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, 3);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("PDF".getBytes());
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private ImportProgress await(long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            ImportProgress p = jobs.progress(id).orElseThrow();
            if (p.finished()) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import did not finish within 30 s");
    }

    private long idFrom(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void thePageIsForEditorsOnly() throws Exception {
        mvc.perform(get("/imports").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/login*"));
        mvc.perform(get("/imports").with(user("ed").roles("EDITOR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Add articles")));
        mvc.perform(get("/imports").with(user("reader").roles("READER"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/imports").param("text", "x").with(user("ed").roles("EDITOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPastedTextWithoutADateGetsOneInferredWithItsReason() throws Exception {
        String marker = UUID.randomUUID().toString();
        String location = mvc.perform(multipart("/imports").with(csrf()).with(user("ed").roles("EDITOR"))
                        .param("outlet", "Paste Weekly").param("title", "Senate passes the budget " + marker)
                        .param("text", "The senate passed the budget on 12 March 2025 after a long night, and the house "
                                + "had approved it on March 3, 2025. Reference " + marker + "."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        ImportProgress done = await(idFrom(location));
        assertThat(done.stored()).isEqualTo(1);

        Map<String, Object> article = jdbc.sql("select id, published_on, published_on_inferred, published_on_reason from article "
                + "where title = :t").param("t", "Senate passes the budget " + marker).query().singleRow();
        assertThat(article.get("published_on").toString()).isEqualTo("2025-03-12");
        assertThat(article).containsEntry("published_on_inferred", true)
                .containsEntry("published_on_reason", "the latest full date the text mentions (12 March 2025)");
        mvc.perform(get("/articles/" + article.get("id"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("the latest full date the text mentions (12 March 2025)")));
    }

    @Test
    void webAddressesAreFetchedAndImportedAndWhatIsRefusedCanBeDownloaded() throws Exception {
        String location = mvc.perform(multipart("/imports").with(csrf()).with(user("ed").roles("EDITOR"))
                        .param("urls", base + "/world/deputies-back-defence-pact\n" + base + "/file.pdf\nfile:///etc/passwd\n"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = idFrom(location);
        ImportProgress done = await(id);
        assertThat(done.total()).isEqualTo(3);
        assertThat(done.stored() + done.duplicates()).isEqualTo(1);
        assertThat(done.refused()).isEqualTo(2);

        Map<String, Object> article = jdbc.sql("""
                select a.title, a.byline, a.published_on, a.published_at, a.published_on_inferred, o.name as outlet
                from article a join outlet o on o.id = a.outlet_id where a.url = :u""")
                .param("u", "https://harbour-ledger.example/world/deputies-back-defence-pact").query().singleRow();
        assertThat(article).containsEntry("title", "Deputies back defence pact after short debate")
                .containsEntry("byline", "Mara Quist").containsEntry("outlet", "Harbour Ledger")
                .containsEntry("published_on_inferred", false);
        assertThat(article.get("published_on").toString()).isEqualTo("2024-10-24");
        long claims = jdbc.sql("select count(*) from claim c join article a on a.id = c.article_id where a.url = :u")
                .param("u", "https://harbour-ledger.example/world/deputies-back-defence-pact").query(Long.class).single();
        assertThat(claims).isPositive();

        mvc.perform(get("/imports/" + id).with(user("ed").roles("EDITOR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("not an HTML page (application/pdf)")))
                .andExpect(content().string(containsString("Done.")));
        mvc.perform(get("/imports/" + id + "/progress").header("HX-Request", "true").with(user("ed").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"import-progress\"")));
        mvc.perform(get("/imports/" + id + "/refused.csv").with(user("ed").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("import-" + id + "-refused.csv")))
                .andExpect(content().string(startsWith("item,source,field,reason\r\n")))
                .andExpect(content().string(containsString("2," + base + "/file.pdf,url,not an HTML page (application/pdf)")))
                .andExpect(content().string(containsString("3,file:///etc/passwd,url,only http and https addresses can be fetched")));
    }

    @Test
    void anEmptyFormIsShownAgainWithAMessage() throws Exception {
        mvc.perform(multipart("/imports").with(csrf()).with(user("ed").roles("EDITOR")).param("text", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paste a text, choose files or give web addresses to import.")));
    }
}
