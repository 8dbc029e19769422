package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestContextManager;

import io.parallax.system.LiveServer.Answer;

/**
 * Property-based hostile requests (jqwik) over every endpoint, parameter and body, through the real server: NUL, lone
 * surrogates and invalid UTF-8, right-to-left and zero-width characters, huge and negative numbers, dates out of range,
 * markup, SQL, wrong JSON types, broken multipart, wrong methods and content types; the bulk import API (NDJSON and
 * multipart), the import page, corrections and story operations included. For every answer: no 5xx, no stack trace, SQL
 * or server name; a refused write (and any read) leaves every row of every table as it was; an accepted article is
 * stored once, and an accepted import stores exactly the lines it reports stored.
 * <p>
 * The application is the test context every other {@code @SpringBootTest} of this profile shares. Each of the eight
 * properties runs {@code jqwik.tries.default} cases: 500 in the normal run (4,000 in all, set in
 * {@code junit-platform.properties}), 6,250 with {@code ./mvnw -Phostile test} (50,000). A failing case is shrunk and
 * printed with the seed that reproduces it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedHostileRequestTests {

    private static final String[] LEAKS = {"Exception", "\tat ", "at io.parallax", "org.postgresql", "PSQL", "SQLState", "ERROR:  ",
            "org.springframework", "org.hibernate", "java.lang", "Tomcat", "syntax error at", "violates"};
    private static final String[] NASTY = {"", " ", "\u0000", "a\u0000b", "\uD800", "x\uDC00y", "\uDE00\uD83D", "\u202Eevil\u202C",
            "\u200B", "\u200D\u200B\u2060", "\uFEFF", "\u061C\u2067x\u2069", "\uD83D\uDE00", "\uFFFF", "\uFFFE", "\u0007\u001B[31m",
            "99999999999999999999999", "-1", "0", "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e309",
            "-0", "0x1F", "NaN", "Infinity", "+5874898-01-01", "0000-01-01", "-0001-12-31", "2024-02-30", "2024-13-45", "9999-12-31",
            "+300000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1970-01-01T00:00:00+25:00", "' OR 1=1 --",
            "'; drop table article; --", "\\'", "$$", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)", "../../etc/passwd", "..\\..\\boot.ini", "Foo, Inc.", "a,b,,c", "%", "%zz", "\\", "{\"a\":1}",
            "true", "null", "[]", "DATE", "TROOP_COUNT", "VOTE", "date", "EXACT", "AT_LEAST", "DAY", "radio-shoma-93-4",
            "Associated Press", "russia-north-korea-treaty-2024", "\u0661\u0662\u0663", "\u05E9\u05DC\u05D5\u05DD",
            "\u0627\u0644\u0633\u0644\u0627\u0645", "\t\n\r", "\r\nX-Injected: 1", "http://127.0.0.1:1/x", "file:///etc/passwd",
            "ftp://x", "http://[::1", "a".repeat(300), "en", "en-aaaaaaaa-bbbbbbbb-cccccccc"};
    private static final String[] RAW = {"%00", "a%00b", "%ED%A0%80", "x%ED%B0%80y", "%C0%AE%C0%AE%2F", "%FF%FE", "%", "%zz", "%E2%80",
            "%2e%2e%2f", "%0d%0aX-Injected:%201", "+", "%2B5874898-01-01"};
    private static final String[] PARAMS = {"outlet", "from", "to", "q", "story", "page", "size", "type", "subject", "left", "right",
            "id", "sort", "format", "lang", "status", "offset", "limit", "article", "back", "into", "label", "reason", "name", "text",
            "cursor", "_csrf", "%00", "x\u200B", "outlet[]", "page.size", "part", "claim", "received", "lines", "figures",
            "articles", "claims", "checks"};
    private static final String[] READS = {"/", "/articles", "/articles/{article}", "/articles/{n}", "/api/articles",
            "/api/articles/{article}", "/api/articles/{n}", "/api/articles/{article}/claims", "/api/articles/{n}/claims",
            "/api/claims", "/api/comparison", "/api/outlets", "/compare", "/compare/articles", "/compare.csv", "/timeline",
            "/outlets", "/outlets/{outlet}", "/outlets/{v}", "/stories", "/stories/{story}", "/stories/{v}", "/login", "/error",
            "/imports", "/imports/{import}", "/imports/{n}", "/imports/{import}/progress", "/imports/{import}/refused.csv",
            "/api/imports", "/api/imports/{import}", "/api/imports/{n}", "/corrections/claims/{claim}", "/corrections/claims/{n}",
            "/corrections/rows", "/history", "/api/audit", "/api/audit/{audit}", "/api/audit/{n}", "/api/openapi",
            "/actuator/health", "/actuator/info", "/actuator/env", "/extraction", "/api/admin/claims/extraction", "/css/parallax.css", "/{v}", "/api/{v}", "/articles/{v}/x"};
    private static final String[] ARTICLE_FIELDS = {"outlet", "outletKind", "outletDomain", "outletCountry", "url", "publishedVia",
            "title", "byline", "publishedAt", "publishedAtInferred", "language", "story", "wire", "body"};
    private static final String[] CORRECTION_FIELDS = {"reason", "subject", "label", "type", "from", "into", "value", "date",
            "precision", "qualifier", "min", "max", "chamber", "votesFor", "votesAgainst", "abstentions", "unanimous"};
    private static final String[] STORY_FIELDS = {"name", "into", "story", "articles", "article", "to"};
    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"};

    private static LiveServer server;
    private static JdbcClient jdbc;
    private static io.parallax.claim.Reextraction reextraction;
    private static List<String> tables;
    private static Session session;
    private static List<String> articleIds;
    private static List<String> claimIds;
    private static List<String> storySlugs;
    private static List<String> outletSlugs;
    private static List<String> auditIds;
    private static List<String> importIds;
    private static List<Long> baseline;
    private static long baselineXid = -1;

    /** A signed-in editor's browser: its session cookie and a CSRF token for its forms. */
    record Session(String cookie, String csrf) {
    }

    /** How a request says who sends it. */
    enum Auth { NONE, ADMIN, EDITOR, BROWSER, BROWSER_WITHOUT_CSRF }

    /** One generated request. */
    record Hostile(String method, String target, String contentType, byte[] body, Auth auth) {

        @Override
        public String toString() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + target + " [" + auth + "] " + (contentType == null ? "" : contentType + " ")
                    + (text.length() > 400 ? text.substring(0, 400) + "…(" + text.length() + " chars)" : text);
        }
    }

    @BeforeContainer
    static void start() {
        ApplicationContext context = new TestContextManager(GeneratedHostileRequestTests.class).getTestContext().getApplicationContext();
        server = new LiveServer(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        jdbc = context.getBean(JdbcClient.class);
        reextraction = context.getBean(io.parallax.claim.Reextraction.class);
        awaitReextraction();
        tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
                + " and table_name <> 'flyway_schema_history' order by 1").query(String.class).list();
        session = signIn();
        // Enough data for the deep paths: one import, so its pages and progress exist.
        server.send("POST", "/api/imports", "application/x-ndjson",
                "{\"outlet\":\"Hostile Seed\",\"body\":\"The lower house voted 397-0 on Tuesday to send 10,000 troops.\"}\n",
                "Authorization", LiveServer.ADMIN);
        articleIds = ids("select id::text from article order by id limit 20");
        claimIds = ids("select id::text from claim order by id limit 40");
        storySlugs = ids("select slug from story order by id limit 20");
        outletSlugs = ids("select slug from outlet order by id limit 20");
        auditIds = ids("select id::text from audit_entry order by id limit 20");
        importIds = ids("select id::text from import_job order by id limit 10");
    }

    // ---- the properties -------------------------------------------------------------------------------------------

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void readsOfEveryPageAndApiAnswerWithoutFaultAndChangeNothing(@ForAll("reads") Hostile request) {
        check(request);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void articleWritesStoreOnlyWhatTheyAcceptOnce(@ForAll("articleWrites") Hostile request) {
        check(request);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void bulkImportsOfNdjsonStoreExactlyTheLinesTheyReportStored(@ForAll("ndjsonImports") Hostile request) {
        check(request);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void bulkImportsOfUploadedFilesStoreExactlyTheLinesTheyReportStored(@ForAll("multipartImports") Hostile request) {
        check(request);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void theImportPageRefusesWithoutWritingAndStoresWhatItReports(@ForAll("importPage") Hostile request) {
        check(request);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void correctionsRefusedChangeNothing(@ForAll("corrections") Hostile request) {
        check(request);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void storyOperationsRefusedChangeNothing(@ForAll("stories") Hostile request) {
        check(request);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void anyMethodContentTypeOrBodyOnAnyPathIsTheAppsOwnAnswer(@ForAll("anything") Hostile request) {
        check(request);
    }

    // ---- the check ------------------------------------------------------------------------------------------------

    private static void check(Hostile request) {
        long xid = nextXid();
        if (xid != baselineXid) {
            // Something was written since the last look (an accepted write): take the rows as they are now.
            baseline = fingerprint();
            baselineXid = xid;
        }
        long articlesBefore = articles();
        Answer answer;
        try {
            answer = send(request);
        }
        catch (IllegalArgumentException ex) {
            // The JDK client refuses to send this; nothing reached the server.
            Statistics.label("status").collect("unsendable");
            return;
        }
        Statistics.label("status").collect(answer.status());
        assertThat(answer.status()).as("status of %s", request).isLessThan(500);
        String body = answer.body() == null ? "" : answer.body();
        if (!request.target().startsWith("/api/openapi")) {
            for (String leak : LEAKS) {
                assertThat(body).as("answer %d to %s", answer.status(), request).doesNotContain(leak);
            }
        }
        assertThat(answer.header("Server")).as("server banner for %s", request).isNull();
        boolean safe = List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.method());
        String location = answer.header("Location");
        // A form that is refused shows itself again (200 or 4xx); one that worked redirects.
        boolean refused = answer.status() >= 400 || (location != null && location.contains("/login"))
                || (!request.target().startsWith("/api/") && answer.status() == 200);
        if (safe || refused) {
            if (nextXid() != xid) {
                assertThat(fingerprint()).as("rows after %s answered %d", request, answer.status()).isEqualTo(baseline);
            }
            return;
        }
        Statistics.label("accepted writes").collect(request.method() + " " + kind(request.target()));
        if (answer.status() == 201 && request.target().equals("/api/articles")) {
            assertThat(articles() - articlesBefore).as("articles stored by %s", request).isEqualTo(1);
        }
        if (request.target().startsWith("/api/admin/claims/extract")) {
            // A re-read of the archive runs in the background; the next case must not see its writes.
            awaitReextraction();
        }
        Long job = importJob(request, answer);
        if (job != null) {
            long stored = waitForImport(job);
            assertThat(articles() - articlesBefore).as("articles stored by import %d of %s", job, request).isEqualTo(stored);
            Statistics.label("import stored").collect(stored > 0);
        }
    }

    /** The endpoint of a target, for the statistics: its first two path segments. */
    private static String kind(String target) {
        String[] segments = target.replaceAll("\\?.*", "").split("/");
        return String.join("/", Arrays.copyOf(segments, Math.min(segments.length, 3)));
    }

    private static Answer send(Hostile request) {
        List<String> headers = new ArrayList<>();
        switch (request.auth()) {
            case ADMIN -> headers.addAll(List.of("Authorization", LiveServer.ADMIN));
            case EDITOR -> headers.addAll(List.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("editor:editor-password".getBytes(StandardCharsets.UTF_8))));
            case BROWSER -> headers.addAll(List.of("Cookie", session.cookie(), "X-CSRF-TOKEN", session.csrf()));
            case BROWSER_WITHOUT_CSRF -> headers.addAll(List.of("Cookie", session.cookie()));
            case NONE -> { }
        }
        return server.send(request.method(), request.target(), request.contentType(), request.body(), headers.toArray(String[]::new));
    }

    /** Other tests share the application: leave it with no re-read running. */
    @AfterProperty
    void leaveNoBackgroundWork() {
        awaitReextraction();
    }

    /** An admin's POST /api/admin/claims/extract re-reads the archive in the background: let it end. */
    static void awaitReextraction() {
        for (int i = 0; i < 1_200 && reextraction.progress().running(); i++) {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The import an accepted request started, from its {@code Location} or body. */
    private static Long importJob(Hostile request, Answer answer) {
        String where = answer.header("Location");
        if (where == null || !(request.target().startsWith("/api/imports") || request.target().startsWith("/imports"))) {
            return null;
        }
        Matcher id = Pattern.compile("/imports/(\\d+)").matcher(where);
        return id.find() ? Long.parseLong(id.group(1)) : null;
    }

    private static long waitForImport(long job) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = jdbc.sql("select status from import_job where id = :id").param("id", job).query(String.class).optional()
                    .orElse("RUNNING");
            if (!"RUNNING".equals(status) && !"PENDING".equals(status)) {
                return jdbc.sql("select count(*) from import_item where job_id = :id and status = 'STORED'").param("id", job)
                        .query(Long.class).single();
            }
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        throw new AssertionError("import " + job + " did not finish in 30 s");
    }

    private static long articles() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    /** The next transaction id: it moves only when something began to write. */
    private static long nextXid() {
        return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /** Every table's row count and a hash of all its rows: any insert, update or delete changes it. */
    private static List<Long> fingerprint() {
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("select count(*) as n,")
                    .append(" coalesce(sum(hashtext(t::text)::bigint), 0) as h, '").append(table).append("' as name from ").append(table)
                    .append(" t");
        }
        List<Long> values = new ArrayList<>();
        jdbc.sql(sql + " order by name").query((rs, n) -> {
            values.add(rs.getLong("n"));
            values.add(rs.getLong("h"));
            return null;
        }).list();
        return values;
    }

    private static List<String> ids(String sql) {
        List<String> found = jdbc.sql(sql).query(String.class).list();
        return found.isEmpty() ? List.of("1") : found;
    }

    private static Session signIn() {
        Answer form = server.get("/login");
        String cookie = cookie(form);
        Answer signedIn = server.send("POST", "/login", "application/x-www-form-urlencoded",
                "username=editor&password=editor-password&_csrf=" + encode(csrf(form.body())), "Cookie", cookie);
        assertThat(signedIn.status()).as("sign-in").isEqualTo(302);
        String session = cookie(signedIn) != null ? cookie(signedIn) : cookie;
        Answer page = server.get("/imports", "Cookie", session);
        assertThat(page.status()).as("import page for the editor").isEqualTo(200);
        return new Session(session, csrf(page.body()));
    }

    private static String cookie(Answer answer) {
        String set = answer.header("Set-Cookie");
        return set == null ? null : set.split(";", 2)[0];
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        if (token.find()) {
            return token.group(1);
        }
        Matcher other = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(html);
        assertThat(other.find()).as("a CSRF token in the page").isTrue();
        return other.group(1);
    }

    // ---- generators -----------------------------------------------------------------------------------------------

    /** Text a client could send: the known breakers, random strings of awkward characters, any characters, numbers. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(NASTY)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().withChars("\u0000\uD800\uDC00\u202E\u202C\u200B\u200D\uFEFF\u0661\u05D0a1 ',\"<>&%\\;-\n\t")
                        .ofMaxLength(24)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(16)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(30)),
                        new java.math.BigInteger("1" + "0".repeat(30))).map(Object::toString)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-9_999_999, 9_999_999)
                        .map(year -> String.format("%+d-%02d-%02d", year, Math.floorMod(year, 14), Math.floorMod(year, 33)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 20_000).map("x"::repeat)));
    }

    /** Text as it goes into an address: encoded, or one of the raw forms (NUL, invalid UTF-8, bare %) no client encodes. */
    static Arbitrary<String> addressText() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, text().map(GeneratedHostileRequestTests::encode)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(RAW)));
    }

    static Arbitrary<String> query() {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(PARAMS).map(GeneratedHostileRequestTests::encode), addressText())
                .as((k, v) -> k + "=" + v);
        return pair.list().ofMaxSize(4).map(pairs -> pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    /** A path template with its holes filled by real ids, small numbers or hostile text. */
    static Arbitrary<String> path(String[] templates) {
        return Combinators.combine(Arbitraries.of(templates), Arbitraries.integers().between(-2, 9), addressText(),
                Arbitraries.integers().between(0, 1_000)).as((template, n, v, pick) -> template
                        .replace("{n}", pick % 3 == 0 ? v.isEmpty() ? "x" : v : Integer.toString(n))
                        .replace("{v}", v.isEmpty() ? "x" : v)
                        .replace("{article}", articleIds.get(pick % articleIds.size()))
                        .replace("{claim}", claimIds.get(pick % claimIds.size()))
                        .replace("{story}", storySlugs.get(pick % storySlugs.size()))
                        .replace("{outlet}", outletSlugs.get(pick % outletSlugs.size()))
                        .replace("{audit}", auditIds.get(pick % auditIds.size()))
                        .replace("{import}", importIds.get(pick % importIds.size())));
    }

    /** A JSON value of any type, strings escaped so NUL and lone surrogates arrive as such. */
    static Arbitrary<String> jsonValue() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, text().map(GeneratedHostileRequestTests::json)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("99999999999999999999999", "-1", "0", "1e309", "-1e309", "1.5", "true", "false",
                        "null", "[]", "{}", "[\"a\"]", "[1,-1,99999999999999999999]", "{\"a\":{\"b\":[]}}", "\"\"")),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(Object::toString)));
    }

    static Arbitrary<String> jsonObject(String[] fields, boolean mayBeValidArticle) {
        Arbitrary<String> member = Combinators.combine(Arbitraries.of(fields), jsonValue()).as((k, v) -> json(k) + ":" + v);
        return Combinators.combine(member.list().ofMaxSize(6), Arbitraries.integers().between(0, 2), Arbitraries.longs())
                .as((members, valid, nonce) -> {
                    List<String> all = new ArrayList<>();
                    if (mayBeValidArticle && valid == 0) {
                        all.add("\"outlet\":\"Hostile " + Math.floorMod(nonce, 40) + "\"");
                        all.add("\"body\":\"Generated article " + nonce + ": the lower house voted 210-190 on Tuesday.\"");
                    }
                    all.addAll(members);
                    return "{" + String.join(",", all) + "}";
                });
    }

    /** Bodies that are not what the endpoint reads: broken, deep, huge, the wrong shape. */
    static Arbitrary<String> brokenJson() {
        return Arbitraries.of("", " ", "{", "{\"outlet\":", "[1,2,3]", "null", "\"text\"", "42", "{\"body\":\"x\"}{", "{'a':1}",
                "{\"a\":1,\"a\":2}", "\u0000", "{\"body\":\"\\ud800\"}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "{\"body\":\"" + "y".repeat(1_100_000) + "\"}", "<xml/>", "a=b&c=d");
    }

    static Arbitrary<String> contentType(String usual) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, Arbitraries.just(usual)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("*/*", "text/plain", "application/xml", "application/json; charset=latin1",
                        "application/json; charset=\u0000", "multipart/form-data", "multipart/form-data; boundary=", "application/x-ndjson",
                        "application/x-www-form-urlencoded", "garbage", "", "application/json;;;")));
    }

    static Arbitrary<Auth> writer() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(Auth.ADMIN)), net.jqwik.api.Tuple.of(3, Arbitraries.just(Auth.EDITOR)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Auth.NONE)), net.jqwik.api.Tuple.of(1, Arbitraries.just(Auth.BROWSER_WITHOUT_CSRF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Auth.BROWSER)));
    }

    static Arbitrary<Auth> browser() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(Auth.BROWSER)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Auth.BROWSER_WITHOUT_CSRF)), net.jqwik.api.Tuple.of(1, Arbitraries.just(Auth.NONE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Auth.ADMIN)));
    }

    @Provide
    Arbitrary<Hostile> reads() {
        return Combinators.combine(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("GET")),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("HEAD", "OPTIONS"))), path(READS), query(),
                Arbitraries.of(Auth.NONE, Auth.NONE, Auth.ADMIN, Auth.BROWSER))
                .as((method, path, query, auth) -> new Hostile(method, path + query, null, null, auth));
    }

    @Provide
    Arbitrary<Hostile> articleWrites() {
        Arbitrary<String> body = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, jsonObject(ARTICLE_FIELDS, true)),
                net.jqwik.api.Tuple.of(1, brokenJson()));
        return Combinators.combine(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("POST")),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("PUT", "PATCH", "DELETE"))), Arbitraries.of("/api/articles", "/api/articles",
                        "/api/articles/{n}"), query(), contentType("application/json"), body, writer())
                .as((method, path, query, type, json, auth) -> new Hostile(method, path.replace("{n}", "1") + query, type, bytes(json), auth));
    }

    @Provide
    Arbitrary<Hostile> ndjsonImports() {
        Arbitrary<String> line = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, jsonObject(ARTICLE_FIELDS, true)),
                net.jqwik.api.Tuple.of(1, brokenJson().filter(b -> b.length() < 20_000)), net.jqwik.api.Tuple.of(1, text()));
        Arbitrary<String> body = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, line.list().ofMinSize(0).ofMaxSize(6)
                        .map(lines -> String.join("\n", lines))),
                net.jqwik.api.Tuple.of(1, brokenJson()));
        return Combinators.combine(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, Arbitraries.just("POST")),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("PUT", "DELETE", "PATCH"))), query(),
                contentType("application/x-ndjson").flatMap(t -> Arbitraries.of(t, t, "application/jsonl", "application/json", "text/plain")),
                body, writer())
                .as((method, query, type, text, auth) -> new Hostile(method, "/api/imports" + query, type, bytes(text), auth));
    }

    @Provide
    Arbitrary<Hostile> multipartImports() {
        return Combinators.combine(files("file"), writer(), Arbitraries.of("", "", "?x=%00", "?file=a"))
                .as((multipart, auth, query) -> new Hostile("POST", "/api/imports" + query, multipart.contentType(), multipart.body(), auth));
    }

    @Provide
    Arbitrary<Hostile> importPage() {
        Arbitrary<List<List<String>>> fields = Combinators.combine(Arbitraries.of("text", "title", "outlet", "url", "publishedAt", "story",
                "defaultOutlet", "urls"), Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, text()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("http://127.0.0.1:1/gone\nnot an address\nftp://x", "javascript:alert(1)",
                        "The upper house voted 61-39 on Friday.")))).as((k, v) -> List.of(k, v)).list().ofMaxSize(5);
        Arbitrary<Hostile> form = Combinators.combine(fields, browser(), Arbitraries.of("", "?text=%00"))
                .as((pairs, auth, query) -> new Hostile("POST", "/imports" + query, "application/x-www-form-urlencoded",
                        bytes(form(pairs)), auth));
        Arbitrary<Hostile> upload = Combinators.combine(files("files"), fields, browser())
                .as((multipart, pairs, auth) -> {
                    Multipart withFields = multipart.with(pairs);
                    return new Hostile("POST", "/imports", withFields.contentType(), withFields.body(), auth);
                });
        return Arbitraries.oneOf(form, upload);
    }

    @Provide
    Arbitrary<Hostile> corrections() {
        Arbitrary<String> apiPath = Arbitraries.of("/api/corrections/claims/{claim}/reject", "/api/corrections/claims/{claim}/value",
                "/api/corrections/claims/{claim}/subject", "/api/corrections/claims/{claim}/split", "/api/corrections/claims/{n}/reject",
                "/api/corrections/claims/{v}/value", "/api/corrections/rows/merge", "/api/corrections/rows/relabel",
                "/api/corrections/{audit}/undo", "/api/corrections/{n}/undo", "/api/corrections/{v}/undo");
        Arbitrary<String> valueJson = Combinators.combine(Arbitraries.of(CORRECTION_FIELDS), jsonValue()).as((k, v) -> json(k) + ":" + v)
                .list().ofMaxSize(6).map(members -> "{\"value\":{" + String.join(",", members) + "},\"reason\":\"hostile\"}");
        Arbitrary<String> body = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, jsonObject(CORRECTION_FIELDS, false)),
                net.jqwik.api.Tuple.of(3, valueJson), net.jqwik.api.Tuple.of(1, brokenJson()));
        Arbitrary<Hostile> api = Combinators.combine(apiPath.flatMap(p -> path(new String[] {p})), contentType("application/json"), body,
                writer(), Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, Arbitraries.just("POST")),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("PUT", "DELETE", "GET"))))
                .as((path, type, json, auth, method) -> new Hostile(method, path, type, bytes(json), auth));
        Arbitrary<String> formPath = Arbitraries.of("/corrections/claims/{claim}/reject", "/corrections/claims/{claim}/value",
                "/corrections/claims/{claim}/subject", "/corrections/claims/{claim}/split", "/corrections/claims/{v}/split",
                "/corrections/rows/merge", "/corrections/rows/relabel", "/corrections/undo/{audit}", "/corrections/undo/{n}");
        Arbitrary<List<List<String>>> fields = Combinators.combine(Arbitraries.of(CORRECTION_FIELDS).map(f -> "value".equals(f) ? "back" : f),
                text()).as((k, v) -> List.of(k, v)).list().ofMaxSize(6);
        Arbitrary<Hostile> page = Combinators.combine(formPath.flatMap(p -> path(new String[] {p})), fields, browser())
                .as((path, pairs, auth) -> new Hostile("POST", path, "application/x-www-form-urlencoded", bytes(form(pairs)), auth));
        return Arbitraries.oneOf(api, page);
    }

    @Provide
    Arbitrary<Hostile> stories() {
        Arbitrary<String> apiPath = Arbitraries.of("/api/stories/move", "/api/stories/{story}/rename", "/api/stories/{story}/merge",
                "/api/stories/{story}/split", "/api/stories/{v}/rename", "/api/stories/{v}/merge", "/api/stories/{v}/split");
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.longs().list().ofMaxSize(4).map(l -> l.toString()),
                Arbitraries.of(articleIds).list().ofMaxSize(3).map(l -> l.toString()), jsonValue());
        Arbitrary<String> body = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Combinators.combine(jsonObject(STORY_FIELDS, false), ids)
                        .as((object, list) -> object.equals("{}") ? "{\"articles\":" + list + "}"
                                : object.substring(0, object.length() - 1) + ",\"articles\":" + list + "}")),
                net.jqwik.api.Tuple.of(1, brokenJson()));
        Arbitrary<Hostile> api = Combinators.combine(apiPath.flatMap(p -> path(new String[] {p})), contentType("application/json"), body,
                writer()).as((path, type, json, auth) -> new Hostile("POST", path, type, bytes(json), auth));
        Arbitrary<String> formPath = Arbitraries.of("/stories/{story}/rename", "/stories/{story}/merge", "/stories/{story}/split",
                "/stories/{story}/move", "/stories/{v}/rename", "/stories/{v}/move");
        Arbitrary<List<List<String>>> fields = Combinators.combine(Arbitraries.of(STORY_FIELDS),
                Arbitraries.oneOf(text(), Arbitraries.of(articleIds), Arbitraries.of(storySlugs))).as((k, v) -> List.of(k, v))
                .list().ofMaxSize(5);
        Arbitrary<Hostile> page = Combinators.combine(formPath.flatMap(p -> path(new String[] {p})), fields, browser())
                .as((path, pairs, auth) -> new Hostile("POST", path, "application/x-www-form-urlencoded", bytes(form(pairs)), auth));
        return Arbitraries.oneOf(api, page);
    }

    @Provide
    Arbitrary<Hostile> anything() {
        String[] everywhere = Arrays.copyOf(READS, READS.length + 6);
        System.arraycopy(new String[] {"/api/admin/claims/extract", "/api/stories/move", "/api/corrections/rows/merge", "/imports",
                "/login", "/logout"}, 0, everywhere, READS.length, 6);
        Arbitrary<String> body = Arbitraries.oneOf(brokenJson(), text(), jsonObject(ARTICLE_FIELDS, false));
        return Combinators.combine(Arbitraries.of(METHODS), path(everywhere), query(), contentType("application/json"),
                body.injectNull(0.3), Arbitraries.of(Auth.values()))
                .as((method, path, query, type, text, auth) -> new Hostile(method, path + query, text == null ? null : type,
                        text == null ? null : bytes(text), auth));
    }

    // ---- bodies ---------------------------------------------------------------------------------------------------

    /** A multipart body with its boundary. */
    record Multipart(String boundary, List<byte[]> parts, boolean broken) {

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        Multipart with(List<List<String>> fields) {
            List<byte[]> all = new ArrayList<>(parts);
            for (List<String> field : fields) {
                all.add(bytes("Content-Disposition: form-data; name=\"" + field.get(0) + "\"\r\n\r\n" + field.get(1)));
            }
            return new Multipart(boundary, all, broken);
        }

        byte[] body() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(bytes("--" + boundary + "\r\n"));
                out.writeBytes(part);
                out.writeBytes(bytes("\r\n"));
            }
            if (!broken) {
                out.writeBytes(bytes("--" + boundary + "--\r\n"));
            }
            return out.toByteArray();
        }
    }

    static Arbitrary<Multipart> files(String name) {
        Arbitrary<String> fileName = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of("a.ndjson", "a.json", "a.csv",
                        "a.txt", "a.html", "a.zip", "A.NDJSON", "noextension")),
                net.jqwik.api.Tuple.of(1, text().map(t -> t.replace("\"", "").replace("\r", "").replace("\n", "") + ".json")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("../../x.json", "\u202Egnp.json", "a\u0000.json", "", "x.ndjson.zip")));
        Arbitrary<byte[]> content = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, jsonObject(ARTICLE_FIELDS, true).list().ofMaxSize(4).map(l -> bytes(String.join("\n", l)))),
                net.jqwik.api.Tuple.of(2, jsonObject(ARTICLE_FIELDS, true).list().ofMaxSize(3).map(l -> bytes("[" + String.join(",", l) + "]"))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(ARTICLE_FIELDS).list().ofMinSize(1).ofMaxSize(4), text().list()
                        .ofMaxSize(8)).as((header, cells) -> bytes(String.join(",", header) + "\n" + String.join(",", cells)))),
                net.jqwik.api.Tuple.of(2, text().map(GeneratedHostileRequestTests::bytes)),
                net.jqwik.api.Tuple.of(1, brokenJson().map(GeneratedHostileRequestTests::bytes)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of("in.ndjson", "in.json", "../in.csv", "x.txt", "deep.zip",
                        "in.html"), text(), Arbitraries.integers().between(0, 40)).as(GeneratedHostileRequestTests::zip)));
        Arbitrary<byte[]> part = Combinators.combine(fileName, content, Arbitraries.of("application/octet-stream", "application/json",
                "text/plain; charset=utf-16", "application/zip", "\u0000")).as((file, bytes, type) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(bytes("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file + "\"\r\n"
                            + "Content-Type: " + type + "\r\n\r\n"));
                    out.writeBytes(bytes);
                    return out.toByteArray();
                });
        return Combinators.combine(part.list().ofMinSize(0).ofMaxSize(3), Arbitraries.of("hostileBoundary42", "x", "\u00e9\u00e9"),
                Arbitraries.integers().between(0, 9)).as((parts, boundary, broken) -> new Multipart(boundary, parts, broken == 0));
    }

    /** A zip archive holding one entry, cut short when {@code cut} is small, for a truncated upload. */
    static byte[] zip(String entry, String text, int cut) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes(entry.endsWith("json") ? "{\"outlet\":\"Zip\",\"body\":" + json(text) + "}" : text));
            zip.closeEntry();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        byte[] whole = out.toByteArray();
        return cut < 4 ? Arrays.copyOf(whole, whole.length / (cut + 2)) : whole;
    }

    static String form(List<List<String>> pairs) {
        StringBuilder out = new StringBuilder();
        for (List<String> pair : pairs) {
            out.append(out.isEmpty() ? "" : "&").append(encode(pair.get(0))).append('=').append(encode(pair.get(1)));
        }
        return out.toString();
    }

    /** A JSON string literal; control characters, surrogates and everything beyond ASCII go as escapes, as JSON allows. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            }
            else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Text as a client would put it into an address; a lone surrogate cannot be encoded and becomes '?'. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
