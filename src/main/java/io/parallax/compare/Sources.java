package io.parallax.compare;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells when two attributions name the same source in different spellings: "US", "the U.S.", "reports from the U.S.". */
final class Sources {

    private static final Pattern LEAD = Pattern.compile("^(?:(?:reports?|officials?|claims?)\\s+(?:from|in|of)\\s+)?(?:the\\s+)?");

    private Sources() {
    }

    static String key(String source) {
        if (source == null) {
            return "";
        }
        String s = LEAD.matcher(source.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        return s.replace(".", "").replaceAll("\\s+", " ");
    }
}
