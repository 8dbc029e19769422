package io.parallax.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Downloads a web page for import: http and https only, with connect and read timeouts, a size cap, a user agent
 * that says who is asking, at most a few redirects, and HTML only; then reads the article out of it.
 */
@Component
class PageFetcher {

    static final String USER_AGENT = "Parallax/0.1 (news coverage comparison; fetches single articles on an editor's request)";
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;

    PageFetcher(@Value("${parallax.fetch.connect-timeout:5s}") Duration connectTimeout,
            @Value("${parallax.fetch.read-timeout:15s}") Duration readTimeout,
            @Value("${parallax.fetch.max-size:5MB}") DataSize maxSize) {
        // Redirects are followed here, not by the client, to bound them and check each target's scheme.
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
        this.maxBytes = maxSize.toBytes();
    }

    /** The article at {@code address}, ready to import; a {@link FetchException} says why not. */
    ArticleSubmission fetch(String address) {
        URI uri = checked(address);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> response = get(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("the server answered " + status + " without saying where to"));
                uri = checked(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response);
                throw new FetchException("the server answered " + status);
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            String mime = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
                close(response);
                throw new FetchException("not an HTML page (" + (mime.isEmpty() ? "no content type" : mime) + ")");
            }
            byte[] bytes = read(response);
            Document page = Jsoup.parse(new String(bytes, charset(type)), uri.toString());
            return HtmlArticles.read(page, uri.toString());
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<InputStream> get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        }
        catch (HttpTimeoutException ex) {
            throw new FetchException("no answer within " + readTimeout.toSeconds() + " s");
        }
        catch (IOException ex) {
            throw new FetchException("could not be reached (" + ex.getClass().getSimpleName() + ")");
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
    }

    private byte[] read(HttpResponse<InputStream> response) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            close(response);
            throw new FetchException("the page is larger than " + maxBytes / 1024 + " KB");
        }
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new FetchException("the page is larger than " + maxBytes / 1024 + " KB");
            }
            return bytes;
        }
        catch (IOException ex) {
            throw new FetchException("the page could not be read to the end (" + ex.getClass().getSimpleName() + ")");
        }
    }

    private static URI checked(String address) {
        URI uri;
        try {
            uri = new URI(address == null ? "" : address.strip());
        }
        catch (URISyntaxException ex) {
            throw new FetchException("not a web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https addresses can be fetched");
        }
        if (uri.getHost() == null) {
            throw new FetchException("the address names no host");
        }
        return uri;
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").strip());
                }
                catch (RuntimeException ex) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        }
        catch (IOException ex) {
            // Nothing more to read from it either way.
        }
    }

    /** Why a page could not be imported, in words for the import's report. */
    static class FetchException extends RuntimeException {

        FetchException(String message) {
            super(message);
        }
    }

}
