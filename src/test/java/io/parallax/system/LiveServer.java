package io.parallax.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Plain HTTP against the running application, through the real servlet container, as any client would send it. */
final class LiveServer {

    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:test-password".getBytes(StandardCharsets.UTF_8));

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LiveServer(int port) {
        this.port = port;
    }

    record Answer(int status, Map<String, java.util.List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    Answer send(String method, String rawPathAndQuery, String contentType, String body, String... headers) {
        return send(method, rawPathAndQuery, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A request with a body of raw bytes (multipart uploads, invalid UTF-8). */
    Answer send(String method, String rawPathAndQuery, String contentType, byte[] body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPathAndQuery))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    Answer get(String rawPathAndQuery, String... headers) {
        return send("GET", rawPathAndQuery, null, (byte[]) null, headers);
    }

    /** A request written byte for byte, for methods and forms the JDK client refuses to send. */
    Answer raw(String requestHead) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int split = text.indexOf("\r\n\r\n");
            Map<String, java.util.List<String>> head = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : text.substring(0, Math.max(split, 0)).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    head.put(line.substring(0, colon).strip(), java.util.List.of(line.substring(colon + 1).strip()));
                }
            }
            return new Answer(status, head, split < 0 ? "" : text.substring(split + 4));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
