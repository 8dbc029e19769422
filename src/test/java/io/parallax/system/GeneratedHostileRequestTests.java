package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.parallax.system.LiveServer.Answer;

/**
 * Generated hostile requests over every endpoint, parameter and body field, through the real server: NUL, lone
 * surrogates, right-to-left and zero-width characters, huge and negative numbers, dates out of range, markup, SQL,
 * wrong types and methods. No answer may be a 5xx or show a stack trace or SQL, and a refused write stores nothing.
 * The run is reproducible from its seed; {@code ./mvnw -Phostile test} runs 50,000 cases. The bulk import API is left
 * out: it accepts writes to store later, so a count of rows cannot tell its refusals apart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedHostileRequestTests {

    private static final String[] VALUES = {"", " ", "%00", "a%00b", "%ED%A0%80", "x%ED%B0%80y", "\u202Eevil\u202C", "\u200B",
            "\u200D\u200B\u2060", "\uFEFF", "\uD83D\uDE00", "99999999999999999999999", "-1", "0", "2147483648", "-2147483649",
            "1e309", "NaN", "+5874898-01-01", "0000-01-01", "-0001-12-31", "2024-02-30", "2024-13-45", "9999-12-31",
            "+300000-01-01T00:00:00Z", "' OR 1=1 --", "'; drop table article; --", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "../../etc/passwd", "%2e%2e%2f", "Foo, Inc.", "a,b,,c", "%", "%zz", "\\",
            "{\"a\":1}", "true", "null", "DATE", "TROOP_COUNT", "vote", "radio-shoma-93-4", "Associated Press",
            "russia-north-korea-treaty-2024", "\u0661\u0662\u0663", "\u05E9\u05DC\u05D5\u05DD", "\t\n\r", "long"};
    private static final String[] PARAMS = {"outlet", "from", "to", "q", "story", "page", "size", "type", "subject", "left",
            "right", "id", "sort", "format", "lang", "%00", "x\u200B"};
    private static final String[] PATHS = {"/api/articles", "/api/articles/{n}", "/api/articles/{n}/claims", "/api/claims",
            "/api/comparison", "/api/outlets", "/api/admin/claims/extract", "/api/corrections",
            "/api/audit", "/articles", "/articles/{n}", "/compare", "/compare/articles", "/compare.csv", "/timeline", "/outlets",
            "/outlets/{v}", "/stories", "/stories/{v}", "/login", "/error", "/imports", "/history", "/api/openapi", "/actuator/health",
            "/{v}", "/api/{v}"};
    private static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"};
    private static final String[] FIELDS = {"outlet", "outletKind", "outletDomain", "outletCountry", "url", "publishedVia", "title",
            "byline", "publishedAt", "publishedAtInferred", "language", "story", "wire", "body"};
    private static final String[] JSON_VALUES = {"\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\u202Eevil\"",
            "\"\\u200B\"", "99999999999999999999999", "-1", "1e309", "true", "null", "[]", "{}", "[\"a\"]", "\"+5874898-01-01\"",
            "\"0000-01-01\"", "\"+999999999-12-31T00:00:00Z\"", "\"+300000-01-01T00:00:00Z\"", "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 --\"", "\"en-aaaaaaaa-bbbbbbbb-cccccccc\"", "\"https://example.org/x\"", "\"javascript:alert(1)\"",
            "\"The lower house voted on Tuesday, 397-0, to send 10,000 troops.\""};
    private static final String[] LEAKS = {"Exception", "\tat ", "at io.parallax", "org.postgresql", "PSQL", "SQLState", "ERROR:  ",
            "org.springframework", "org.hibernate", "java.lang", "Tomcat"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.parallax.claim.Reextraction reextraction;

    /** An admin's POST /api/admin/claims/extract re-reads the archive in the background: let it end before other tests. */
    @org.junit.jupiter.api.AfterEach
    void awaitBackgroundReextraction() throws InterruptedException {
        for (int i = 0; i < 1200 && reextraction.progress().running(); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void noGeneratedRequestGetsA5xxOrLeaksInternalsAndNoRefusedWriteStoresAnything() {
        int cases = Integer.getInteger("hostile.cases", 2_500);
        long seed = Long.getLong("hostile.seed", 20261203L);
        Random random = new Random(seed);
        LiveServer server = new LiveServer(port);
        long articlesBefore = count();
        AtomicInteger stored = new AtomicInteger();
        TreeMap<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int n = 0; n < cases; n++) {
            String method = METHODS[random.nextInt(METHODS.length)];
            String path = PATHS[random.nextInt(PATHS.length)].replace("{n}", pathValue(random, true))
                    .replace("{v}", pathValue(random, false));
            StringBuilder query = new StringBuilder();
            for (int p = random.nextInt(4); p > 0; p--) {
                query.append(query.isEmpty() ? '?' : '&').append(encode(PARAMS[random.nextInt(PARAMS.length)])).append('=')
                        .append(encode(value(random)));
            }
            boolean json = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
            String body = json ? body(random) : null;
            String contentType = json ? (random.nextInt(10) == 0 ? "*/*" : random.nextInt(10) == 0 ? "text/plain" : "application/json") : null;
            boolean authorized = random.nextInt(4) != 0;
            Answer answer;
            String what = method + " " + path + query + (body == null ? "" : " " + body);
            try {
                answer = authorized ? server.send(method, path + query, contentType, body, "Authorization", LiveServer.ADMIN)
                        : server.send(method, path + query, contentType, body);
            }
            catch (IllegalArgumentException ex) {
                // The JDK client refuses to send this address at all; nothing reached the server.
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500) {
                failures.add(answer.status() + " for " + what);
            }
            for (String leak : LEAKS) {
                if (answer.body() != null && answer.body().contains(leak) && !path.startsWith("/api/openapi")) {
                    failures.add("'" + leak.strip() + "' shown for " + what);
                }
            }
            if ("POST".equals(method) && path.equals("/api/articles") && (answer.status() == 201)) {
                stored.incrementAndGet();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Hostile requests: %d cases (seed %d) in %d ms, statuses %s, %d failures%n", cases, seed, millis, statuses,
                failures.size());
        assertThat(failures).as("5xx answers or leaked internals").isEmpty();
        assertThat(count() - articlesBefore).as("only accepted writes stored articles").isEqualTo(stored.get());
    }

    private long count() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    private static String value(Random random) {
        String v = VALUES[random.nextInt(VALUES.length)];
        return "long".equals(v) ? "x".repeat(random.nextInt(5_000)) : v;
    }

    private static String pathValue(Random random, boolean number) {
        if (number && random.nextBoolean()) {
            return Integer.toString(random.nextInt(8) - 1);
        }
        String v = value(random);
        return v.isEmpty() ? "x" : encode(v).replace("%25", "%");
    }

    /** Query text as a client would send it; the pre-encoded pool entries (%00, invalid UTF-8) go through as they are. */
    private static String encode(String v) {
        if (v.contains("%") && v.matches(".*%[0-9A-Fa-f]{2}.*")) {
            return v;
        }
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static String body(Random random) {
        switch (random.nextInt(12)) {
            case 0:
                return "";
            case 1:
                return "{\"outlet\":";
            case 2:
                return "[1,2,3]";
            default:
                StringBuilder json = new StringBuilder("{");
                boolean valid = random.nextInt(3) == 0;
                if (valid) {
                    json.append("\"outlet\":\"Hostile ").append(random.nextInt(50)).append("\",\"body\":\"Generated article ")
                            .append(random.nextLong()).append(" about a vote on Tuesday.\",");
                }
                for (int f = random.nextInt(4); f >= 0; f--) {
                    json.append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":")
                            .append(JSON_VALUES[random.nextInt(JSON_VALUES.length)]).append(',');
                }
                json.setLength(json.length() - 1);
                return json.append('}').toString();
        }
    }
}
