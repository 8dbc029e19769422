package io.parallax.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence says gave a figure: "according to South Korea's Defense Ministry", "U.S. State Department
 * spokesperson Matthew Miller told reporters", "as the US claimed", "…, Jeon Ha-gyu, a spokesman for the South Korean
 * Defense Ministry, said", "intelligence reports suggest". Null when the sentence names nobody.
 */
final class AttributionFinder {

    private static final String VERB = "(?:said|says|say|told|tells|claimed|claims|claim|confirmed|confirms|confirm|confirming|"
            + "reported|reports|report|estimated|estimates|estimate|announced|announces|warned|warns|stated|states|revealed|reveals|"
            + "revealing|suggest|suggests|suggested|alleged|alleges|allege|assessed|assesses|assess|believes|believe|added|noted|"
            + "wrote|insisted|acknowledged|admitted|disclosed|indicated|indicates|accused|accuse)";
    private static final Pattern ACCORDING = Pattern.compile(
            "(?i)\\baccording\\s+to\\s+((?:the\\s+)?[^,.;:]{2,80}?)(?=[,.;:]|\\s+(?:on|in|which|who|that|as)\\b|$)");
    private static final Pattern BASED_ON = Pattern.compile("(?i)\\bbased\\s+on\\s+((?:[\\p{L}-]+\\s+){0,2}(?:reports?|intelligence|assessments?|estimates?))\\b");
    private static final Pattern VERB_PATTERN = Pattern.compile("\\b" + VERB + "\\b");
    private static final Pattern QUOTE_SPEAKER = Pattern.compile(
            "[”\"’'],?\\s+((?:[\\p{Lu}][\\p{L}.'’-]+\\s+){0,3}[\\p{Lu}][\\p{L}.'’-]+),\\s+(?:a|an|the)\\s+(spokes(?:man|woman|person)|official|minister|secretary|adviser|advisor|analyst|commander|general|researcher)\\s+(?:for|of|at|with)\\s+(?:the\\s+)?([^,]{2,80}),\\s+" + VERB);
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(spokes(?:man|woman|person)|press\\s+secretary|secretary|minister|ministry|officials?|president|prime\\s+minister|chief|director|"
                    + "general|commander|ambassador|envoy|adviser|advisor|analysts?|sources?|leader|speaker|chairman|head)\\b");
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i)defen[cs]e|state|foreign|affairs|interior|ministry|department|council|office|agency|service|forces|staff|command|"
                    + "intelligence|national|security|military|army|navy|government|house|white|pentagon|kremlin|nato|un|eu|"
                    + "north|south|east|west|western|eastern|korean|russian|ukrainian|american|chinese|british|european|"
                    + "[\\p{L}]+(?:ian|ese|ish|an)");
    private static final Pattern SUBJECT_WORD = Pattern.compile("[\\p{L}\\p{N}.'’&-]+");
    private static final java.util.Set<String> JOINERS = java.util.Set.of("of", "the", "for", "and", "on", "de", "'s", "’s");
    private static final java.util.Set<String> STOP = java.util.Set.of("that", "which", "who", "as", "while", "when", "but",
            "because", "after", "before", "since", "if", "than", "where", "although", "though", "whether", "it", "he", "she",
            "they", "we", "i", "you", "this", "also", "has", "have", "had", "was", "were", "is", "are", "been", "not", "did");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we", "i", "you", "who");

    private AttributionFinder() {
    }

    /** Who the sentence says stands behind the phrase at {@code [start, end)}. */
    static Attribution find(String s, int start, int end) {
        Matcher quote = QUOTE_SPEAKER.matcher(s);
        if (quote.find() && quote.start() >= end) {
            return new Attribution(clean(quote.group(3)), quote.group(1).strip());
        }
        Matcher according = ACCORDING.matcher(s);
        if (according.find()) {
            return split(clean(according.group(1)));
        }
        Matcher based = BASED_ON.matcher(s);
        if (based.find() && based.start() < start) {
            return new Attribution(clean(based.group(1)), null);
        }
        Attribution before = null;
        Matcher verb = VERB_PATTERN.matcher(s);
        while (verb.find()) {
            if (verb.start() > start) {
                break;
            }
            Attribution subject = subjectBefore(s, verb.start());
            if (subject != null) {
                before = subject;
            }
        }
        if (before != null) {
            return before;
        }
        // "…, X said." after the figure.
        verb.reset();
        while (verb.find()) {
            if (verb.start() >= end) {
                Attribution subject = subjectBefore(s, verb.start());
                if (subject != null && subjectStart(s, verb.start()) >= end) {
                    return subject;
                }
            }
        }
        return null;
    }

    private static int subjectStart(String s, int verbStart) {
        return s.lastIndexOf(',', verbStart) + 1;
    }

    /** The noun phrase just before a speech verb, read back over capitalised words and joiners. */
    private static Attribution subjectBefore(String s, int verbStart) {
        String head = s.substring(0, verbStart);
        // Skip "on Wednesday" or "on Monday" between the subject and its verb.
        head = head.replaceAll("(?:\\s+(?:on|early|late)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\\s*(?:has|have|had|also|previously|repeatedly|reportedly)?\\s*$", "");
        Matcher w = SUBJECT_WORD.matcher(head);
        List<int[]> spans = new java.util.ArrayList<>();
        while (w.find()) {
            spans.add(new int[] {w.start(), w.end()});
        }
        int i = spans.size() - 1;
        int from = -1;
        boolean capital = false;
        while (i >= 0) {
            int[] span = spans.get(i);
            String between = head.substring(span[1], i + 1 < spans.size() ? spans.get(i + 1)[0] : head.length());
            if (between.contains(",") || between.contains("(") || between.contains("“") || between.contains("\"")) {
                break;
            }
            String word = head.substring(span[0], span[1]);
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean upper = Character.isUpperCase(word.charAt(0));
            if (STOP.contains(lower) && !upper) {
                break;
            }
            if (!upper && !JOINERS.contains(lower) && !ROLE.matcher(word).matches() && !lower.matches("reports?|intelligence|officials?|sources?|military|defen[cs]e|state|foreign|national|western")) {
                break;
            }
            if (PRONOUNS.contains(lower)) {
                return null;
            }
            capital |= upper || ROLE.matcher(word).matches();
            from = span[0];
            i--;
        }
        if (from < 0 || !capital) {
            return null;
        }
        String phrase = clean(head.substring(from));
        if (phrase.isEmpty() || PRONOUNS.contains(phrase.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return split(phrase);
    }

    /** "U.S. State Department spokesperson Matthew Miller" is the State Department, speaking through Matthew Miller. */
    static Attribution split(String phrase) {
        String[] tokens = phrase.split("\\s+");
        int nameStart = tokens.length;
        while (nameStart > 0 && tokens.length - nameStart < 3 && isNameWord(tokens[nameStart - 1])) {
            nameStart--;
        }
        if (nameStart == tokens.length || nameStart == 0) {
            return new Attribution(phrase, null);
        }
        String person = String.join(" ", java.util.Arrays.copyOfRange(tokens, nameStart, tokens.length));
        String rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, nameStart));
        Matcher role = ROLE.matcher(rest);
        int lastRoleStart = -1;
        int lastRoleEnd = -1;
        while (role.find()) {
            lastRoleStart = role.start();
            lastRoleEnd = role.end();
        }
        if (lastRoleStart < 0) {
            return new Attribution(phrase, null);
        }
        String roleWord = rest.substring(lastRoleStart, lastRoleEnd).toLowerCase(java.util.Locale.ROOT);
        String organisation = rest.substring(0, lastRoleStart).strip();
        boolean speaksFor = roleWord.startsWith("spokes") || roleWord.startsWith("official") || roleWord.equals("press secretary");
        if (speaksFor && lastRoleEnd == rest.length() && !organisation.isEmpty()) {
            return new Attribution(clean(organisation), person);
        }
        return new Attribution(clean(rest), person);
    }

    /** A capitalised word that can be part of a person's name: not a title, an institution or a place word. */
    private static boolean isNameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.contains(".")
                && !ROLE.matcher(word).matches() && !INSTITUTION.matcher(word).matches();
    }

    private static String clean(String phrase) {
        String p = phrase.strip().replaceAll("^(?i)(?:the|as|and|but|so|yet|while)\\s+", "").replaceAll("['’]s$", "").strip();
        return p.replaceAll("^(?i)the\\s+", "");
    }
}
