package io.parallax.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Fetching pages from a local HTTP server serving fixture pages written for these tests; nothing leaves the machine. */
class PageFetcherTests {

    private static HttpServer server;
    private static String base;
    private static final List<String> userAgents = new CopyOnWriteArrayList<>();

    private final PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(5), Duration.ofSeconds(10), DataSize.ofKilobytes(64));

    @BeforeAll
    static void serveFixtures() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        page("/world/deputies-back-defence-pact", "treaty-vote.html");
        page("/politics/upper-house", "jsonld.html");
        page("/border", "time-only.html");
        server.createContext("/old-address", ex -> redirect(ex, "/world/deputies-back-defence-pact"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-ftp", ex -> redirect(ex, "ftp://127.0.0.1/file"));
        server.createContext("/report.pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge", ex -> send(ex, 200, "text/html", ("<p>" + "word ".repeat(40_000) + "</p>").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(5_000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", "<p>Too late</p>".getBytes(StandardCharsets.UTF_8));
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void page(String path, String fixture) {
        server.createContext(path, ex -> {
            try (InputStream in = PageFetcherTests.class.getResourceAsStream("/importer/pages/" + fixture)) {
                send(ex, 200, "text/html; charset=utf-8", in.readAllBytes());
            }
        });
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(301, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void readsHeadlineBylineDatePublisherAndCanonicalAddressFromThePagesMetadata() {
        ArticleSubmission article = fetcher.fetch(base + "/world/deputies-back-defence-pact");

        assertThat(article.title()).isEqualTo("Deputies back defence pact after short debate");
        assertThat(article.byline()).isEqualTo("Mara Quist");
        assertThat(article.publishedAt()).isEqualTo("2024-10-24T09:30+03:00");
        assertThat(article.outlet()).isEqualTo("Harbour Ledger");
        assertThat(article.url()).isEqualTo("https://harbour-ledger.example/world/deputies-back-defence-pact");
        assertThat(article.outletDomain()).isEqualTo("harbour-ledger.example");
        assertThat(article.language()).isEqualTo("en");
        assertThat(userAgents).last().asString().startsWith("Parallax/");
    }

    @Test
    void keepsTheArticlesParagraphsAndLeavesOutNavigationCaptionsAndAsides() {
        String body = fetcher.fetch(base + "/world/deputies-back-defence-pact").body();

        assertThat(body.split("\n\n")).containsExactly(
                "MOSCOW — The lower house approved the defence pact on Thursday by 397 votes to none, after a debate that lasted less than an hour.",
                "The agreement now goes to the upper house, which is expected to take it up early next month, a committee chair told reporters.",
                "Officials in Seoul said about 10,000 soldiers had already been moved to the border region, a figure the ministry did not confirm.");
        assertThat(body).doesNotContain("Sport", "Share on", "Photo:", "Another story", "All rights reserved", "By Mara Quist");
    }

    @Test
    void readsJsonLdNewsArticleMetadataInsideAGraph() {
        ArticleSubmission article = fetcher.fetch(base + "/politics/upper-house");

        assertThat(article.title()).isEqualTo("Upper house ratifies pact in unanimous vote");
        assertThat(article.publishedAt()).isEqualTo("2024-11-06T14:05Z");
        assertThat(article.byline()).isEqualTo("Ivo Brandt");
        assertThat(article.outlet()).isEqualTo("Northern Courier");
        assertThat(article.url()).isEqualTo(base + "/politics/upper-house");
        assertThat(article.body()).startsWith("The upper house ratified the pact").doesNotContain("morning briefing", "Home");
    }

    @Test
    void fallsBackToTheTimeElementAndTheHostName() {
        ArticleSubmission article = fetcher.fetch(base + "/border");

        assertThat(article.publishedAt()).isEqualTo("2024-10-23");
        assertThat(article.outlet()).isEqualTo("127.0.0.1");
        assertThat(article.title()).isEqualTo("Border moves reported");
    }

    @Test
    void followsRedirectsButNotForever() {
        assertThat(fetcher.fetch(base + "/old-address").title()).isEqualTo("Deputies back defence pact after short debate");
        assertThatThrownBy(() -> fetcher.fetch(base + "/loop")).hasMessage("more than 5 redirects");
        assertThatThrownBy(() -> fetcher.fetch(base + "/to-ftp")).hasMessage("only http and https addresses can be fetched");
    }

    @Test
    void refusesWhatIsNotAnHtmlPage() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/report.pdf")).hasMessage("not an HTML page (application/pdf)");
        assertThatThrownBy(() -> fetcher.fetch(base + "/missing")).hasMessage("the server answered 404");
        assertThatThrownBy(() -> fetcher.fetch(base + "/huge")).hasMessage("the page is larger than 64 KB");
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        PageFetcher impatient = new PageFetcher(Duration.ofSeconds(5), Duration.ofSeconds(1), DataSize.ofKilobytes(64));
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.fetch(base + "/slow")).hasMessage("no answer within 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    void refusesOtherSchemes() {
        for (String address : List.of("file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "not an address")) {
            assertThatThrownBy(() -> fetcher.fetch(address)).isInstanceOf(PageFetcher.FetchException.class);
        }
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).hasMessage("only http and https addresses can be fetched");
    }
}
