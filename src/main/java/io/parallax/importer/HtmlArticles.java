package io.parallax.importer;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a news article out of an HTML page: headline, byline, publication date and publisher from the page's
 * metadata (Open Graph, {@code article:published_time}, JSON-LD {@code NewsArticle}, {@code <time datetime>}), its
 * canonical address, and the body paragraphs without navigation, sharing links, asides and other furniture.
 */
final class HtmlArticles {

    private static final String FURNITURE = "nav, header, footer, aside, script, style, noscript, form, iframe, button, "
            + "svg, figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".share, .sharing, .social, .related, .newsletter, .advert, .ad, .comments, .byline, .breadcrumb";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HtmlArticles() {
    }

    /** The article on {@code page}, fetched from (or named after) {@code address}; null fields were not found. */
    static ArticleSubmission read(Document page, String address) {
        JsonNode ld = newsArticle(page);
        String title = first(meta(page, "og:title"), text(ld, "headline"), textOf(page.selectFirst("h1")), page.title());
        String byline = first(meta(page, "author"), author(ld), textOf(page.selectFirst("[rel=author], .byline, [itemprop=author]")));
        String published = first(meta(page, "article:published_time"), text(ld, "datePublished"),
                attr(page.selectFirst("article time[datetime], time[datetime]"), "datetime"), meta(page, "date"),
                meta(page, "dc.date"), meta(page, "pubdate"));
        String canonical = first(absolute(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"), address);
        String host = host(canonical != null ? canonical : address);
        String publisher = first(meta(page, "og:site_name"), ld == null ? null : text(ld.path("publisher"), "name"), host);
        String language = language(page);
        return new ArticleSubmission(publisher, null, host, null, httpOrNull(canonical), null, title, byline,
                normaliseDate(published), null, language, null, null, body(page));
    }

    private static String body(Document page) {
        Element root = first(page.selectFirst("[itemprop=articleBody]"), page.selectFirst("article"),
                page.selectFirst("main"), page.body());
        if (root == null) {
            return "";
        }
        root = root.clone();
        root.select(FURNITURE).remove();
        Elements blocks = root.select("p, h2, h3, blockquote, li");
        List<String> paragraphs = new ArrayList<>();
        for (Element block : blocks) {
            // A list item or quote that holds paragraphs is read through them.
            if (!block.is("p") && !block.select("p").isEmpty()) {
                continue;
            }
            if (block.is("li") && block.parents().is("nav, ul.menu")) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = root.wholeText().strip();
            return text;
        }
        return String.join("\n\n", paragraphs);
    }

    private static JsonNode newsArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            }
            catch (JacksonException ex) {
                // A page's broken metadata is no reason to refuse its article.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                JsonNode found = findArticle(child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        JsonNode type = node.path("@type");
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String name = t.asString("");
            if (name.endsWith("Article") || name.equals("Report")) {
                return node;
            }
        }
        return null;
    }

    private static String author(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode author = ld.path("author");
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(a -> names.add(a.isString() ? a.asString() : a.path("name").asString("")));
            String joined = String.join(", ", names.stream().filter(n -> !n.isBlank()).toList());
            return joined.isBlank() ? null : joined;
        }
        return author.isString() ? author.asString() : text(author, "name");
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.path(field).isString()) {
            return null;
        }
        String value = node.path(field).asString().strip();
        return value.isEmpty() ? null : value;
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return meta == null ? null : blank(meta.attr("content"));
    }

    private static String attr(Element element, String name) {
        return element == null ? null : blank(element.attr(name));
    }

    private static String absolute(Element element, String name) {
        return element == null ? null : blank(element.absUrl(name));
    }

    private static String textOf(Element element) {
        return element == null ? null : blank(element.text());
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
        String primary = lang.split("[-_]")[0];
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    /** A date as the API takes it: {@code 2024-10-24} or an instant with its offset; null when unreadable. */
    static String normaliseDate(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toString();
        }
        catch (DateTimeParseException ex) {
            // Not an instant with an offset; the day alone will do.
        }
        if (v.length() >= 10) {
            try {
                return LocalDate.parse(v.substring(0, 10)).toString();
            }
            catch (DateTimeParseException ex) {
                return null;
            }
        }
        return null;
    }

    private static String host(String address) {
        try {
            String host = address == null ? null : URI.create(address).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static String httpOrNull(String address) {
        return address != null && address.matches("(?i)https?://\\S+") ? address : null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
