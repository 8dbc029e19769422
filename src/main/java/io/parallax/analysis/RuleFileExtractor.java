package io.parallax.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;

/**
 * The extractor of a discovered claim type: tries the rules of its file in file order over each sentence (an earlier
 * rule's span wins), lets its {@link ClaimNormaliser} turn each match into a value, and attributes the claim the way the
 * built-in kinds are attributed.
 */
final class RuleFileExtractor implements Extractor {

    private final ClaimNormaliser normaliser;
    private final ClaimType type;
    private final List<RuleBook.Rule> rules;
    private final RuleBook book;
    private final NumberParser numbers;
    private final AttributionFinder attributions;

    RuleFileExtractor(ClaimNormaliser normaliser, List<RuleBook.Rule> rules, RuleBook book, NumberParser numbers,
                      AttributionFinder attributions) {
        this.normaliser = normaliser;
        this.type = normaliser.type();
        this.rules = List.copyOf(rules);
        this.book = book;
        this.numbers = numbers;
        this.attributions = attributions;
    }

    @Override
    public ClaimType type() {
        return type;
    }

    @Override
    public List<Claim> extract(SentenceContext s) {
        List<Claim> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (RuleBook.Rule rule : rules) {
            Matcher m = s.matchers().transparent(rule.pattern()).region(s.sentence().start(), s.sentence().end());
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (span.length() == 0 || taken.stream().anyMatch(span::overlaps)) {
                    continue;
                }
                MatchResult r = m.toMatchResult();
                ClaimValue value = normaliser.normalise(new RuleMatch(rule, r, s.published()));
                if (value == null) {
                    continue;
                }
                if (!type.valueType().isInstance(value)) {
                    throw new IllegalStateException(rule.name() + ": " + normaliser.getClass().getName() + " made a "
                            + value.getClass().getName() + ", not a " + type.valueType().getName());
                }
                taken.add(span);
                out.add(s.claim(span.start(), span.end(), subject(rule, r), attributions.forClaim(s, span.start(), span.end()),
                        value));
            }
        }
        return out;
    }

    private Subject subject(RuleBook.Rule rule, MatchResult r) {
        String named = rule.pattern().namedGroups().containsKey("subject") ? r.group("subject") : null;
        if (named == null || named.isBlank()) {
            return new Subject(type.slug(), type.label());
        }
        String label = RuleBook.fold(named.strip());
        return new Subject(type.slug() + "/" + label.replaceAll("[^\\p{L}\\p{N}]+", "-"),
                Character.toUpperCase(label.charAt(0)) + label.substring(1));
    }

    private final class RuleMatch implements ClaimNormaliser.Match {

        private final RuleBook.Rule rule;
        private final MatchResult result;
        private final LocalDate published;

        RuleMatch(RuleBook.Rule rule, MatchResult result, LocalDate published) {
            this.rule = rule;
            this.result = result;
            this.published = published;
        }

        @Override
        public String rule() {
            return rule.name();
        }

        @Override
        public String norm() {
            return rule.norm();
        }

        @Override
        public String text() {
            return result.group();
        }

        @Override
        public String group(String name) {
            return rule.pattern().namedGroups().containsKey(name) ? result.group(name) : null;
        }

        @Override
        public long number(String phrase) {
            return numbers.parse(phrase);
        }

        @Override
        public String table(String section, String phrase) {
            return book.value(section, phrase);
        }

        @Override
        public LocalDate published() {
            return published;
        }
    }
}
