package io.parallax.importer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns text as received from a web page (or its HTML) into the paragraphs of an article, generically: metadata lines,
 * repeated headlines, navigation, comment counters, photo captions and credits, and link furniture are set aside
 * rather than shown, and the original text is kept by the caller so nothing is lost.
 */
public final class TextCleaner {

    private static final Pattern HTML = Pattern.compile("(?is)<(p|br|div|html|body|article|h[1-6])\\b[^>]*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2007\\u202F ]+");
    private static final Pattern DATE_LINE = Pattern.compile("^date\\s+(\\d{4})-(\\d{2})-(\\d{2})\\b\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_DATELINE = Pattern.compile("^[A-Z][A-Z.'\\- ]{1,40}$");
    private static final Pattern INLINE_DATELINE = Pattern.compile(
            "^([A-Z][A-Z.'\\- ]{1,40}?)(?:,\\s*[A-Za-z. ]+)?\\s*[—–-]+\\s*\\((AP|AFP|Reuters|Reuters\\s*/\\s*\\w+)\\)\\s*[—–-]*\\s*");
    private static final Pattern COUNTER = Pattern.compile("^\\d{1,6}$");
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:(?:photo|image|picture)s?\\s*(?:by|:)\\s*.{2,80}|[^.!?]{0,80}/\\s*(?:AP|AFP|Reuters|EPA|Getty Images|Getty|Anadolu|Yonhap|KCNA|Sputnik|TASS|Bloomberg|Xinhua|Pool)(?:\\s+(?:Photo|Images|Pool))?|[A-Z0-9 .&'\\-]*/[A-Z0-9 .&'/\\-]+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:more|more from .{1,60}|read more.{0,60}|related.{0,40}|share(?: this)?(?: article)?|advertisement|comments are closed\\.?|"
                    + "leave a comment|sign up.{0,60}|subscribe.{0,60}|skip to (?:main )?content|click here.{0,60}|"
                    + "follow us.{0,60}|\\d+ comments?|back to top|print|email|tags?:.{0,120}|home(?: [A-Z][\\w&]*){0,8})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            "(?i)\\b(?:includes reporting from|reporting by|contributed reporting|with reporting from)\\s+(?:the\\s+)?(associated press|ap|afp|agence france-presse|reuters)\\b");
    // Compiled once: these run on every line of every imported article.
    private static final Pattern ELLIPSIS_END = Pattern.compile("(…|\\.\\.\\.)$");
    private static final Pattern TITLE_PUNCTUATION_END = Pattern.compile("[,;:—–-]+$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”’)]$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[\"“‘'(]?\\p{Lu})");
    private static final int TITLE_LENGTH = 120;
    private static final Set<String> ENDINGS = Set.of(".", "!", "?", "\"", "”", "’", "'", ":", ")");

    public CleanedText clean(String raw, String knownTitle) {
        List<String> lines = lines(raw);
        List<String> removed = new ArrayList<>();
        LocalDate statedDate = null;
        if (!lines.isEmpty()) {
            Matcher date = DATE_LINE.matcher(lines.get(0));
            if (date.find()) {
                statedDate = parseDate(date.group(1), date.group(2), date.group(3));
                if (statedDate != null) {
                    removed.add(date.group().strip());
                    String rest = lines.get(0).substring(date.end()).strip();
                    if (rest.isEmpty()) {
                        lines.remove(0);
                    }
                    else {
                        lines.set(0, rest);
                    }
                }
            }
        }
        String headline = headline(lines, knownTitle);
        if (headline != null) {
            dropLeadingHeadlines(lines, headline, removed);
        }
        String dateline = null;
        String wire = null;
        if (!lines.isEmpty() && LONE_DATELINE.matcher(lines.get(0)).matches() && lines.size() > 1) {
            dateline = lines.remove(0).strip();
            removed.add(dateline);
        }
        if (!lines.isEmpty()) {
            Matcher inline = INLINE_DATELINE.matcher(lines.get(0));
            if (inline.find()) {
                dateline = inline.group(1).strip();
                wire = wireName(inline.group(2));
            }
        }
        List<String> paragraphs = dropFurniture(lines, removed);
        if (wire == null) {
            wire = paragraphs.stream().map(WIRE_CREDIT::matcher).filter(Matcher::find).findFirst()
                    .map(m -> wireName(m.group(1))).orElse(null);
        }
        return new CleanedText(headline, List.copyOf(paragraphs), List.copyOf(removed), statedDate, dateline, wire);
    }

    /** HTML becomes its block-level text; plain text is normalised line by line. */
    private static List<String> lines(String raw) {
        String text = raw == null ? "" : raw;
        if (HTML.matcher(text).find()) {
            text = htmlToText(text);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String tidy = SPACES.matcher(line).replaceAll(" ").strip();
            if (!tidy.isEmpty()) {
                lines.add(tidy);
            }
        }
        return lines;
    }

    private static String htmlToText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button").remove();
        StringBuilder text = new StringBuilder();
        for (Element block : document.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td")) {
            if (block.select("p, li, blockquote").isEmpty() || block.is("p")) {
                text.append(block.text()).append('\n');
            }
        }
        return text.isEmpty() ? document.body().text() : text.toString();
    }

    /** The headline is the title given, else a short line repeated at the top, else a first line that is not a sentence. */
    private static String headline(List<String> lines, String knownTitle) {
        if (knownTitle != null && !knownTitle.isBlank()) {
            return knownTitle.strip();
        }
        int top = Math.min(lines.size(), 6);
        for (int i = 0; i < top; i++) {
            for (int j = i + 1; j < top; j++) {
                if (lines.get(i).equalsIgnoreCase(lines.get(j)) && !isSentence(lines.get(i))) {
                    return lines.get(i);
                }
            }
        }
        if (lines.size() > 2 && !isSentence(lines.get(0)) && words(lines.get(0)) >= 4 && words(lines.get(0)) <= 25
                && !LONE_DATELINE.matcher(lines.get(0)).matches()) {
            return lines.get(0);
        }
        return null;
    }

    private static void dropLeadingHeadlines(List<String> lines, String headline, List<String> removed) {
        int lastTop = -1;
        int top = Math.min(lines.size(), 8);
        for (int i = 0; i < top; i++) {
            String line = lines.get(i);
            if (line.equalsIgnoreCase(headline) || line.toLowerCase(Locale.ROOT).endsWith(headline.toLowerCase(Locale.ROOT))) {
                lastTop = i;
            }
        }
        for (int i = 0; i <= lastTop; i++) {
            removed.add(lines.remove(0));
        }
    }

    private static List<String> dropFurniture(List<String> lines, List<String> removed) {
        boolean[] drop = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (COUNTER.matcher(line).matches() || FURNITURE.matcher(line).matches()) {
                drop[i] = true;
            }
            else if (CREDIT.matcher(line).matches() && words(line) <= 10) {
                drop[i] = true;
                dropCaptionAbove(lines, drop, i);
            }
            else if (isTruncatedCopyOfNext(lines, i)) {
                drop[i] = true;
                // A short heading just above a truncated caption is the picture's alt text.
                if (i > 0 && !isSentence(lines.get(i - 1)) && words(lines.get(i - 1)) <= 8) {
                    drop[i - 1] = true;
                }
            }
        }
        // Trailing link lists ("More from International news", "News") are short lines that are not sentences.
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (drop[i]) {
                continue;
            }
            if (endsLikeASentence(lines.get(i)) || words(lines.get(i)) > 5) {
                break;
            }
            drop[i] = true;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            (drop[i] ? removed : kept).add(lines.get(i));
        }
        return kept;
    }

    /** The line (or two) just above a photo credit, skipping a "More" link, is the photo's caption. */
    private static void dropCaptionAbove(List<String> lines, boolean[] drop, int credit) {
        int i = credit - 1;
        while (i >= 0 && drop[i] && FURNITURE.matcher(lines.get(i)).matches()) {
            i--;
        }
        if (i >= 0 && i < credit - 1 && !drop[i]) {
            drop[i] = true;
        }
    }

    private static boolean isTruncatedCopyOfNext(List<String> lines, int i) {
        String line = lines.get(i);
        if (i + 1 >= lines.size() || !(line.endsWith("…") || line.endsWith("..."))) {
            return false;
        }
        String prefix = ELLIPSIS_END.matcher(line).replaceAll("").strip();
        return prefix.length() > 20 && lines.get(i + 1).startsWith(prefix);
    }

    /** A title for a text that has no headline: its first sentence, without the dateline, cut at a word. */
    public static String deriveTitle(CleanedText text) {
        String first = text.paragraphs().isEmpty() ? "" : text.paragraphs().get(0);
        Matcher dateline = INLINE_DATELINE.matcher(first);
        if (dateline.find()) {
            first = first.substring(dateline.end());
        }
        String sentence = FIRST_SENTENCE.split(first, 2)[0].strip();
        if (sentence.length() <= TITLE_LENGTH) {
            return sentence.isEmpty() ? "Untitled article" : sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_LENGTH);
        String cutAtWord = sentence.substring(0, cut > 40 ? cut : TITLE_LENGTH);
        return TITLE_PUNCTUATION_END.matcher(cutAtWord).replaceAll("").strip() + "…";
    }

    private static boolean endsLikeASentence(String line) {
        return SENTENCE_END.matcher(line).matches();
    }

    private static boolean isSentence(String line) {
        return ENDINGS.stream().anyMatch(line::endsWith) && words(line) > 2;
    }

    private static int words(String line) {
        return line.isBlank() ? 0 : WHITESPACE.split(line.strip()).length;
    }

    private static String wireName(String credit) {
        String lower = credit.toLowerCase(Locale.ROOT);
        if (lower.startsWith("reuters")) {
            return "Reuters";
        }
        if (lower.equals("ap") || lower.equals("associated press")) {
            return "AP";
        }
        return "AFP";
    }

    private static LocalDate parseDate(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        }
        catch (DateTimeException ex) {
            return null;
        }
    }
}
