package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.parallax.system.LiveServer.Answer;

/**
 * Cross-site writes, password guessing, what health and actuator tell strangers, and the security headers, against
 * the real server. Low limits so the throttle shows within a few requests; the per-client test runs last because it
 * blocks this client address for the rest of the class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"parallax.security.failures-per-client=12",
        "parallax.security.failures-per-user=4", "parallax.security.failure-refill=PT1M"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityHardeningTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private LiveServer server() {
        return new LiveServer(port);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(Answer answer) {
        String setCookie = answer.header("Set-Cookie");
        return setCookie == null ? null : setCookie.split(";", 2)[0];
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** Signs in through the login form as a browser would and returns the session cookie. */
    private String signIn() {
        Answer form = server().get("/login");
        String session = cookie(form);
        Answer login = server().send("POST", "/login", "application/x-www-form-urlencoded",
                "username=admin&password=test-password&_csrf=" + csrf(form.body()), "Cookie", session);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        String signedIn = cookie(login) != null ? cookie(login) : session;
        assertThat(server().get("/articles", "Cookie", signedIn).body()).as("the session is signed in").contains("Sign out");
        return signedIn;
    }

    private long articles() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    @Test
    @Order(1)
    void aCrossSiteWriteCarryingOnlyTheSessionCookieChangesNothing() {
        String session = signIn();
        long before = articles();
        String article = "{\"outlet\":\"Cross Site\",\"url\":\"https://evil.example/x\",\"body\":\"Planted by another site.\"}";
        Answer write = server().send("POST", "/api/articles", "application/json", article, "Cookie", session,
                "Origin", "https://evil.example");
        assertThat(write.status()).isEqualTo(401);
        Answer extract = server().send("POST", "/api/admin/claims/extract", "application/json", "{}", "Cookie", session,
                "Origin", "https://evil.example");
        assertThat(extract.status()).isEqualTo(401);
        Answer formWithoutToken = server().send("POST", "/logout", "application/x-www-form-urlencoded", "", "Cookie", session,
                "Origin", "https://evil.example");
        assertThat(formWithoutToken.status()).isEqualTo(403);
        assertThat(articles()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from article where url = 'https://evil.example/x'").query(Long.class).single()).isZero();

        // The same write with credentials on the request itself is accepted.
        Answer withCredentials = server().send("POST", "/api/articles", "application/json", article, "Authorization", LiveServer.ADMIN);
        assertThat(withCredentials.status()).isEqualTo(201);
        jdbc.sql("delete from article where url = 'https://evil.example/x'").update();
    }

    @Test
    @Order(2)
    void healthTellsStrangersOnlyItsStatusAndTheAdminTheDetails() {
        Answer anonymous = server().get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("path")
                .doesNotContain("PostgreSQL");
        Answer admin = server().get("/actuator/health", "Authorization", LiveServer.ADMIN);
        assertThat(admin.body()).contains("components").contains("db");
        assertThat(server().get("/actuator/info").status()).isEqualTo(401);
        assertThat(server().get("/actuator").status()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void everyAnswerCarriesTheSecurityHeaders() {
        String[] paths = {"/articles", "/api/articles", "/no/such/page", "/api/no-such", "/articles?from=nonsense",
                "/assets/css/parallax.css", "/login", "/error"};
        for (String path : paths) {
            assertHeaders(path, server().get(path));
        }
        assertHeaders("CONNECT", server().raw("CONNECT /articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assertHeaders("POST 401", server().send("POST", "/api/articles", "application/json", "{}"));
    }

    private static void assertHeaders(String what, Answer answer) {
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).as(what).isNotBlank();
        assertThat(answer.header("Content-Security-Policy")).as(what).contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(answer.header("Server")).as(what).isNull();
    }

    @Test
    @Order(4)
    void wrongPasswordsForOneUserAreThrottledWith429AndRetryAfter() {
        for (int i = 0; i < 4; i++) {
            assertThat(server().get("/api/articles", "Authorization", basic("target", "guess" + i)).status()).isEqualTo(401);
        }
        Answer throttled = server().send("POST", "/api/articles", "application/json", "{}", "Authorization", basic("target", "guess-again"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");

        // The login form counts towards the same user.
        Answer form = server().get("/login");
        Answer login = server().send("POST", "/login", "application/x-www-form-urlencoded",
                "username=target&password=nope&_csrf=" + csrf(form.body()), "Cookie", cookie(form));
        assertThat(login.status()).isEqualTo(429);
        assertThat(login.header("Retry-After")).isNotBlank();
        assertThat(login.body()).contains("Too many");
    }

    @Test
    @Order(5)
    void wrongPasswordsFromOneClientAreThrottledWhileRecentlyCheckedCredentialsStillWork() {
        assertThat(server().get("/api/articles", "Authorization", LiveServer.ADMIN).status()).isEqualTo(200);
        int refused = 0;
        for (int i = 0; i < 20 && refused == 0; i++) {
            int status = server().get("/api/articles", "Authorization", basic("user" + i, "guess")).status();
            if (status == 429) {
                refused = i;
            }
            else {
                assertThat(status).isEqualTo(401);
            }
        }
        assertThat(refused).as("the client is stopped after its failures").isBetween(8, 13);
        Answer bulk = server().send("POST", "/api/articles", "application/json",
                "{\"outlet\":\"Throttle Test\",\"url\":\"https://example.org/throttle\",\"body\":\"Still accepted for the admin.\"}",
                "Authorization", LiveServer.ADMIN);
        assertThat(bulk.status()).isIn(200, 201);
    }
}
