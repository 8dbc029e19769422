package io.parallax.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: "Radio Shoma 93.4" becomes "radio-shoma-93-4". */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static String of(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        // Names in scripts with no Latin letters still need a stable, distinct slug.
        return slug.isEmpty() ? "n-" + Integer.toHexString(text.strip().hashCode()) : slug;
    }
}
