package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported results of a legislature's vote: tallies ("397-0", "397 to 0", "397 votes to none", "All 397 deputies
 * present voted in favor") and unanimity ("voted unanimously"). A vote only planned, a bare "approved" and a sports
 * score are not vote results. The chamber is resolved later, from the article.
 */
final class VoteRules {

    private static final Pattern TALLY = Pattern.compile(
            "\\b(?:by\\s+(?:a\\s+(?:vote|margin)\\s+of\\s+)?)?(\\d{1,4})\\s*(?:[-–]|to|votes?\\s+to)\\s*(\\d{1,4}|none|zero|nil)\\b(?!\\s*(?:%|percent|km|miles|years|months|days|weeks|hours|minutes))");
    private static final Pattern ALL_IN_FAVOUR = Pattern.compile(
            "(?i)\\ball\\s+(\\d{1,4})\\s+(?:\\w+\\s+){0,3}?(?:present\\s+)?voted\\s+(?:in\\s+favou?r|for)\\b");
    private static final Pattern NONE_AGAINST = Pattern.compile(
            "(?i)\\b(?:no\\s+(?:opposing\\s+votes|votes\\s+against|one\\s+voted\\s+against|dissenting\\s+votes|one\\s+opposed|abstentions)|none\\s+(?:voted\\s+)?against)\\b");
    private static final Pattern UNANIMOUS = Pattern.compile("(?i)\\b(?:unanimously|unanimous(?=\\s+(?:vote|approval|decision|backing|support)))\\b");
    private static final Pattern ABSTENTIONS = Pattern.compile("(?i)\\b(?:with\\s+)?(\\d{1,4})\\s+(?:abstentions|abstaining|abstained|members\\s+abstained)\\b");
    private static final Pattern VOTE_CONTEXT = Pattern.compile(
            "(?i)\\b(?:vot(?:e|ed|es|ing)|ballot|approv(?:e|ed|al)|pass(?:ed|es)|ratif(?:y|ied|ies|ication)|back(?:ed)?|endors(?:e|ed|ement)|adopt(?:ed)?|reject(?:ed)?|in\\s+favou?r)\\b");
    private static final Pattern LEGISLATURE = Pattern.compile(
            "(?i)\\b(?:duma|council|senat(?:e|ors)|house|parliament\\w*|lawmakers|legislat\\w+|deputies|mps|assembly|congress|chamber|rada|bundestag|knesset|members)\\b");
    private static final Pattern SPORTS = Pattern.compile(
            "(?i)\\b(?:won|win|beat|defeated|lost|draw|match|game|goals?|scored?|league|cup|final|season|innings|set|tournament|points)\\b");

    private VoteRules() {
    }

    static List<Found> find(String s) {
        List<Found> found = new ArrayList<>();
        if (!VOTE_CONTEXT.matcher(s).find() || SPORTS.matcher(s).find()) {
            return found;
        }
        boolean legislature = LEGISLATURE.matcher(s).find();
        Integer abstentions = null;
        Matcher a = ABSTENTIONS.matcher(s);
        if (a.find()) {
            abstentions = Integer.valueOf(a.group(1));
        }
        Matcher m = ALL_IN_FAVOUR.matcher(s);
        if (m.find() && legislature && !planned(s, m.start(), m.end())) {
            int votesFor = Integer.parseInt(m.group(1));
            Matcher none = NONE_AGAINST.matcher(s);
            boolean noneAgainst = none.find();
            found.add(new Found(ClaimType.VOTE, m.start(), m.end(),
                    new VoteValue(null, votesFor, noneAgainst ? 0 : null, abstentions, noneAgainst)));
            return found;
        }
        m = TALLY.matcher(s);
        while (m.find()) {
            if (!legislature || planned(s, m.start(), m.end()) || !nearVote(s, m.start(), m.end())) {
                continue;
            }
            int votesFor = Integer.parseInt(m.group(1));
            String against = m.group(2);
            int votesAgainst = against.matches("\\d+") ? Integer.parseInt(against) : 0;
            if (votesFor < votesAgainst && !s.substring(0, m.start()).matches("(?is).*\\b(?:rejected|defeated|failed|voted\\s+down)\\b.*")) {
                continue;
            }
            int start = m.start(1);
            found.add(new Found(ClaimType.VOTE, start, m.end(),
                    new VoteValue(null, votesFor, votesAgainst, abstentions, votesAgainst == 0 && (abstentions == null || abstentions == 0))));
        }
        if (!found.isEmpty()) {
            return found;
        }
        m = UNANIMOUS.matcher(s);
        while (m.find()) {
            if (!planned(s, m.start(), m.end())) {
                found.add(new Found(ClaimType.VOTE, m.start(), m.end(), new VoteValue(null, null, null, null, true)));
            }
        }
        return found;
    }

    private static boolean nearVote(String s, int start, int end) {
        String window = s.substring(Math.max(0, start - 60), Math.min(s.length(), end + 40));
        return VOTE_CONTEXT.matcher(window).find();
    }

    private static boolean planned(String s, int start, int end) {
        return Tense.future(s, start, end);
    }
}
