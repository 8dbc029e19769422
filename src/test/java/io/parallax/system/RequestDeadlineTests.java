package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.parallax.system.LiveServer.Answer;

/**
 * Requests have a time limit and stop when their client leaves, through the real servlet container: a slow piece of
 * work that exists only in tests runs past a 3-second limit, or loses its client half way.
 */
@BoundsTest
class RequestDeadlineTests {

    @LocalServerPort
    int port;

    @Test
    void anApiRequestPastItsTimeLimitIsStoppedWithA503ProblemAndRetryAfter() throws Exception {
        SlowEndpoints.expect("api-slow");
        long start = System.nanoTime();
        Answer answer = new LiveServer(port).get("/api/test-only/slow?run=api-slow&millis=60000");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        assertThat(answer.body()).contains("\"title\":\"Took too long\"").contains("longer than 3 seconds");
        assertThat(SlowEndpoints.ENDED.get("api-slow").get(5, TimeUnit.SECONDS)).isEqualTo("TIME_LIMIT");
        assertThat(millis).isBetween(3_000L, 20_000L);
    }

    @Test
    void aPagePastItsTimeLimitIsAFriendly503PageWithRetryAfter() throws Exception {
        SlowEndpoints.expect("page-slow");
        Answer answer = new LiveServer(port).get("/test-only/slow?run=page-slow&millis=60000", "Accept", "text/html");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        assertThat(answer.body()).contains("<nav").contains("This took too long").contains("longer than 3 seconds");
        assertThat(SlowEndpoints.ENDED.get("page-slow").get(5, TimeUnit.SECONDS)).isEqualTo("TIME_LIMIT");
    }

    @Test
    void workStopsSoonAfterItsClientClosesTheConnection() throws Exception {
        SlowEndpoints.expect("gone");
        long closed;
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/test-only/slow?run=gone&millis=60000 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertThat(SlowEndpoints.STARTED.get("gone").await(20, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            closed = System.nanoTime();
        }
        // Stopped because the client left, not by the time limit, which is further away than this wait.
        assertThat(SlowEndpoints.ENDED.get("gone").get(2, TimeUnit.SECONDS)).isEqualTo("CLIENT_GONE");
        long afterClose = (System.nanoTime() - closed) / 1_000_000;
        assertThat(afterClose).isLessThan(2_000);
    }

    @Test
    void aClientThatWaitsGetsItsAnswerWhenTheWorkFinishesInTime() throws Exception {
        SlowEndpoints.expect("waits");
        Answer answer = new LiveServer(port).get("/api/test-only/slow?run=waits&millis=800");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"done\":true");
        assertThat(SlowEndpoints.ENDED.get("waits").get(1, TimeUnit.SECONDS)).isEqualTo("FINISHED");
    }

    @Test
    void aWholePageIsServedUnderTheLimit() {
        Answer answer = new LiveServer(port).get("/articles", "Accept", "text/html");
        assertThat(answer.status()).isEqualTo(200);
    }
}
