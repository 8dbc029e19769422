package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The facts the app relies on for the five seed articles (cleaned copies in src/test/resources/analysis). */
class SeedExpectationsTests {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();
    private static final LocalDate NOV_6 = LocalDate.of(2024, 11, 6);
    private static final LocalDate OCT_24 = LocalDate.of(2024, 10, 24);

    private static List<Claim> extract(String file, String title, LocalDate published) {
        String body = DevSet.resource(file);
        List<Claim> claims = EXTRACTOR.extract(new ArticleText(title, body), published);
        for (Claim c : claims) {
            assertThat(body.substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(c.sentence()).contains(c.text());
        }
        assertThat(claims).isSortedAccordingTo(java.util.Comparator.comparingInt(Claim::start));
        return claims;
    }

    private static Claim one(List<Claim> claims, ClaimType type, String textContains, Predicate<Claim> more) {
        List<Claim> hits = claims.stream()
                .filter(c -> c.type() == type && c.text().contains(textContains) && more.test(c)).toList();
        assertThat(hits).as("%s claim with text containing '%s'", type, textContains).isNotEmpty();
        return hits.get(0);
    }

    private static Claim one(List<Claim> claims, ClaimType type, String textContains) {
        return one(claims, type, textContains, c -> true);
    }

    private static DateValue day(String d) {
        return new DateValue(d, DatePrecision.DAY);
    }

    private static Predicate<Claim> inSentence(String fragment) {
        return c -> c.sentence().contains(fragment);
    }

    @Test
    void associatedPress000() {
        List<Claim> claims = extract("seed-000.txt", null, NOV_6);
        Claim oct24 = one(claims, ClaimType.DATE, "Oct. 24");
        assertThat(oct24.value()).isEqualTo(day("2024-10-24"));
        assertThat(oct24.subject()).isEqualTo(new Subject("ratification/state-duma", "State Duma ratification"));

        Claim wednesday = one(claims, ClaimType.DATE, "Wednesday", inSentence("upper house of Russian parliament"));
        assertThat(wednesday.value()).isEqualTo(day("2024-11-06"));
        assertThat(wednesday.subject().key()).isEqualTo("ratification/federation-council");

        Claim upTo = one(claims, ClaimType.TROOP_COUNT, "up to 10,000");
        assertThat(upTo.value()).isEqualTo(new TroopCountValue(null, 10000, Qualifier.AT_MOST));
        assertThat(upTo.attribution()).isEqualTo(new Attribution("U.S. State Department", "Matthew Miller", "us/state-department"));
        assertThat(upTo.subject()).isEqualTo(new Subject("troops/north-korea/russia", "North Korean troops in Russia"));

        Claim exact = one(claims, ClaimType.TROOP_COUNT, "10,000 North Korean troops");
        assertThat(exact.value()).isEqualTo(new TroopCountValue(10000, 10000, Qualifier.EXACT));
        assertThat(exact.attribution().source()).isEqualTo("U.S.");

        assertThat(claims).filteredOn(c -> c.sentence().contains("1950-53")).extracting(Claim::value)
                .contains(new DateValue("1950", DatePrecision.YEAR), new DateValue("1953", DatePrecision.YEAR));

        Claim june = one(claims, ClaimType.DATE, "June");
        assertThat(june.value()).isEqualTo(new DateValue("2024-06", DatePrecision.MONTH));
        assertThat(june.subject().key()).startsWith("signing/");

        Claim monday = one(claims, ClaimType.DATE, "Monday", inSentence("Matthew Miller"));
        assertThat(monday.value()).isEqualTo(day("2024-11-04"));
        assertThat(monday.subject().key()).isEqualTo("statement/us/state-department");

        Claim tuesday = one(claims, ClaimType.DATE, "Tuesday");
        assertThat(tuesday.subject().key()).isEqualTo("launch/north-korea");
    }

    @Test
    void rewordedAp001() {
        List<Claim> claims = extract("seed-001.txt",
                "Russia confirms agreement with North Korea following US claims of up to 10,000 North Korean soldiers in Kursk",
                NOV_6);
        Claim oct24 = one(claims, ClaimType.DATE, "October 24");
        assertThat(oct24.value()).isEqualTo(day("2024-10-24"));
        assertThat(oct24.subject().key()).isEqualTo("ratification/state-duma");

        Claim about = one(claims, ClaimType.TROOP_COUNT, "about 10,000");
        assertThat(about.value()).isEqualTo(new TroopCountValue(10000, 10000, Qualifier.APPROXIMATE));
        assertThat(about.attribution().source()).contains("U.S.");

        assertThat(one(claims, ClaimType.DATE, "1953").value()).isEqualTo(new DateValue("1953", DatePrecision.YEAR));
    }

    @Test
    void hurriyet002() {
        List<Claim> claims = extract("seed-002.txt", "Russian senators ratify North Korean defense pact", NOV_6);
        Claim vote = one(claims, ClaimType.VOTE, "unanimously");
        assertThat(vote.value()).isEqualTo(new VoteValue("Federation Council", null, null, null, true));
        assertThat(vote.subject().key()).isEqualTo("ratification/federation-council");

        Claim wednesday = one(claims, ClaimType.DATE, "Wednesday", inSentence("voted unanimously"));
        assertThat(wednesday.value()).isEqualTo(day("2024-11-06"));
        assertThat(wednesday.subject().key()).isEqualTo("ratification/federation-council");

        Claim around = one(claims, ClaimType.TROOP_COUNT, "around 10,000");
        assertThat(around.value()).isEqualTo(new TroopCountValue(10000, 10000, Qualifier.APPROXIMATE));
        assertThat(around.attribution().source()).isEqualTo("intelligence reports");

        Claim moreThan = one(claims, ClaimType.TROOP_COUNT, "More than 10,000");
        assertThat(moreThan.value()).isEqualTo(new TroopCountValue(10000, null, Qualifier.AT_LEAST));
        assertThat(moreThan.attribution()).isEqualTo(new Attribution("South Korean Defense Ministry", "Jeon Ha-gyu", "kr/defence-ministry"));

        Claim thousands = one(claims, ClaimType.TROOP_COUNT, "thousands");
        assertThat(thousands.value()).isEqualTo(new TroopCountValue(1000, null, Qualifier.VAGUE));

        assertThat(claims).filteredOn(c -> c.type() == ClaimType.DATE).extracting(Claim::text)
                .noneMatch(t -> t.contains("24") || t.contains("years") || t.contains("summer") || t.contains("week"));
        assertThat(one(claims, ClaimType.DATE, "2014").value()).isEqualTo(new DateValue("2014", DatePrecision.YEAR));
        assertThat(one(claims, ClaimType.DATE, "2022").value()).isEqualTo(new DateValue("2022", DatePrecision.YEAR));
    }

    @Test
    void radioShoma003() {
        List<Claim> claims = extract("seed-003.txt", "Russian parliament ratifies defence treaty with North Korea", OCT_24);
        Claim vote = one(claims, ClaimType.VOTE, "397-0");
        assertThat(vote.value()).isEqualTo(new VoteValue("State Duma", 397, 0, null, true));
        assertThat(vote.subject().key()).isEqualTo("ratification/state-duma");

        Claim thursday = one(claims, ClaimType.DATE, "Thursday", inSentence("lower house"));
        assertThat(thursday.value()).isEqualTo(day("2024-10-24"));
        assertThat(thursday.subject().key()).isEqualTo("ratification/state-duma");

        Claim about = one(claims, ClaimType.TROOP_COUNT, "about 3,000");
        assertThat(about.value()).isEqualTo(new TroopCountValue(3000, 3000, Qualifier.APPROXIMATE));
        assertThat(about.attribution()).isEqualTo(new Attribution("US Secretary of Defence", "Lloyd Austin", "us/defense-department"));

        Claim exact = one(claims, ClaimType.TROOP_COUNT, "3,000 troops");
        assertThat(exact.value()).isEqualTo(new TroopCountValue(3000, 3000, Qualifier.EXACT));
        assertThat(exact.attribution().source()).isEqualTo("US");
    }

    @Test
    void marketingProHub004() {
        List<Claim> claims = extract("seed-004.txt", null, OCT_24);
        Claim thursday = one(claims, ClaimType.DATE, "Thursday");
        assertThat(thursday.value()).isEqualTo(day("2024-10-24"));
        assertThat(thursday.subject().key()).isEqualTo("ratification/state-duma");

        Claim wednesday = one(claims, ClaimType.DATE, "Wednesday");
        assertThat(wednesday.value()).isEqualTo(day("2024-10-23"));

        Claim exact = one(claims, ClaimType.TROOP_COUNT, "3,000");
        assertThat(exact.value()).isEqualTo(new TroopCountValue(3000, 3000, Qualifier.EXACT));
        assertThat(exact.attribution().source()).isEqualTo("U.S.");

        Claim thousands = one(claims, ClaimType.TROOP_COUNT, "thousands of troops");
        assertThat(thousands.value()).isEqualTo(new TroopCountValue(1000, null, Qualifier.VAGUE));
    }

    @Test
    void captionsOf004() {
        // The app's cleaner drops photo captions; their dates are still checked here on the caption text itself.
        List<Claim> claims = extract("seed-004-captions.txt", null, OCT_24);
        assertThat(one(claims, ClaimType.DATE, "Jun. 19, 2024").value()).isEqualTo(day("2024-06-19"));
        assertThat(one(claims, ClaimType.DATE, "Sept. 9, 2018").value()).isEqualTo(day("2018-09-09"));
        assertThat(claims).extracting(Claim::text).noneMatch(t -> t.contains("70th"));
    }
}
