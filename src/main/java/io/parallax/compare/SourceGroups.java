package io.parallax.compare;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The body a cited source belongs to, however an outlet names it: "US", "the U.S.", "U.S. State Department" and
 * "US Secretary of Defence Lloyd Austin" are all the U.S. government, so the timeline gives them one colour.
 */
final class SourceGroups {

    private record Group(String name, Pattern pattern) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("U.S. government", Pattern.compile("^(u ?s|united states|america|american|washington|pentagon|white house|state department)\\b"
                    + "|\\b(u ?s|american) (state department|defen[cs]e|secretary|officials?|intelligence|government|administration|military)\\b")),
            new Group("South Korean government", Pattern.compile("^(south korea|seoul)\\b|\\bsouth korean\\b|\\bnis\\b")),
            new Group("Ukrainian government", Pattern.compile("^(ukraine|kyiv|kiev)\\b|\\bukrainian\\b|\\bzelensk")),
            new Group("Russian government", Pattern.compile("^(russia|moscow|kremlin)\\b|\\brussian (government|officials?|defen[cs]e)\\b|\\bpeskov\\b|\\bputin\\b")),
            new Group("North Korean government", Pattern.compile("^(north korea|pyongyang)\\b|\\bnorth korean (government|officials?)\\b|\\bkcna\\b")),
            new Group("NATO", Pattern.compile("\\bnato\\b|\\brutte\\b")));

    private SourceGroups() {
    }

    /** The group's name, or the source as written when it belongs to none; "no source given" for none at all. */
    static String of(String source) {
        if (source == null || source.isBlank()) {
            return "no source given";
        }
        String key = Sources.key(source).toLowerCase(Locale.ROOT);
        for (Group g : GROUPS) {
            if (g.pattern().matcher(key).find()) {
                return g.name();
            }
        }
        return source.strip();
    }
}
