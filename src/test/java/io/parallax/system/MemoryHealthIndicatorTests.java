package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Health says DOWN when the heap is exhausted, measured in a JVM of its own with a small heap that is then filled. */
class MemoryHealthIndicatorTests {

    @Test
    void aHeapStillFullAfterACollectionIsDownAndAnOrdinaryOneIsUp() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                FillTheHeap.class.getName()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;) {
                lines.add(line);
            }
        }
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).as("what the small JVM printed").contains("before: UP", "full: DOWN", "freed: UP");
    }

    /** Asks the indicator with a nearly empty heap, with the heap filled to the brim, and after letting it go. */
    static final class FillTheHeap {
        public static void main(String[] args) {
            MemoryHealthIndicator indicator = new MemoryHealthIndicator();
            System.gc();
            System.out.println("before: " + indicator.health().getStatus());
            List<byte[]> held = new ArrayList<>();
            try {
                while (true) {
                    held.add(new byte[64 * 1024]);
                }
            }
            catch (OutOfMemoryError full) {
                // Let go of a little, so the indicator itself can run, and collect: the heap stays all but full.
                for (int i = 0; i < 8 && !held.isEmpty(); i++) {
                    held.remove(held.size() - 1);
                }
            }
            System.gc();
            System.out.println("full: " + indicator.health().getStatus());
            held.clear();
            System.gc();
            System.out.println("freed: " + indicator.health().getStatus());
        }
    }
}
