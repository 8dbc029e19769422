package io.parallax.system;

/**
 * Characters that cannot be stored or searched: PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate has no
 * UTF-8 form (the driver would store {@code ?} while the answer echoed the original).
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /** Why the text cannot be taken as it is, or null when it can. */
    public static String problem(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character (\\u0000), which cannot be stored";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a lone surrogate (\\u" + Integer.toHexString(c) + "), which is not a character";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a lone surrogate (\\u" + Integer.toHexString(c) + "), which is not a character";
            }
        }
        return null;
    }

    /** A name or value fit to be quoted back in a message: control characters shown as their escapes, and short. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 60; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        return text.length() > 60 ? out + "…" : out.toString();
    }
}
