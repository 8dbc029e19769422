package io.parallax.system;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deliberately slow piece of work, only on the test class path and only in contexts that import it: it runs as long
 * as asked, checking the request's deadline as the application's long loops do, and records how each run ended.
 */
final class SlowEndpoints {

    static final Map<String, CountDownLatch> STARTED = new ConcurrentHashMap<>();
    static final Map<String, CompletableFuture<String>> ENDED = new ConcurrentHashMap<>();

    private SlowEndpoints() {
    }

    static void expect(String run) {
        STARTED.put(run, new CountDownLatch(1));
        ENDED.put(run, new CompletableFuture<>());
    }

    static void work(String run, long millis) {
        STARTED.computeIfAbsent(run, r -> new CountDownLatch(1)).countDown();
        CompletableFuture<String> ended = ENDED.computeIfAbsent(run, r -> new CompletableFuture<>());
        long until = System.nanoTime() + millis * 1_000_000;
        try {
            while (System.nanoTime() < until) {
                RequestDeadline.check();
                Thread.sleep(5);
            }
            ended.complete("FINISHED");
        }
        catch (RequestStopped stopped) {
            ended.complete(stopped.reason().name());
            throw stopped;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            ended.complete("INTERRUPTED");
        }
    }

    @TestComponent
    @RestController
    @Hidden
    static class Api {

        @GetMapping("/api/test-only/slow")
        Map<String, Object> slow(@RequestParam String run, @RequestParam long millis) {
            work(run, millis);
            return Map.of("run", run, "done", true);
        }
    }

    @TestComponent
    @Controller
    static class Page {

        @GetMapping("/test-only/slow")
        @ResponseBody
        String slow(@RequestParam String run, @RequestParam long millis) {
            work(run, millis);
            return "<!DOCTYPE html><title>done</title><p>done</p>";
        }
    }
}
