package io.parallax.outlet;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An outlet name as sources write it, split into the publisher and the site that carried its article:
 * "Associated Press via Local News 8" is AP's story carried by Local News 8, so it belongs to AP.
 */
public record PublisherName(String publisher, String carrier) {

    private static final List<Pattern> CARRIED = List.of(
            Pattern.compile("^(.+?)\\s+\\((?:via|on|through)\\s+(.+)\\)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(.+?)\\s+\\(([\\w.-]+\\.[a-z]{2,}\\s+for\\s+.+)\\)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(.+?)\\s+via\\s+(.+)$", Pattern.CASE_INSENSITIVE));

    /** The name split at "via" or a hosting note in brackets; a plain name is its own publisher, carried by no one. */
    public static PublisherName parse(String name) {
        if (name == null) {
            return new PublisherName(null, null);
        }
        String trimmed = name.strip();
        for (Pattern p : CARRIED) {
            Matcher m = p.matcher(trimmed);
            if (m.matches() && !m.group(1).isBlank() && !m.group(2).isBlank()) {
                return new PublisherName(m.group(1).strip(), m.group(2).strip());
            }
        }
        return new PublisherName(trimmed, null);
    }
}
