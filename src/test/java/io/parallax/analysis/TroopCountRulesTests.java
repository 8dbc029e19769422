package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Troop-count rules: qualifiers, number formats, ranges, vague amounts and the traps around them. */
class TroopCountRulesTests {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 6);
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();

    private static List<Claim> troops(String text) {
        return EXTRACTOR.extract(new ArticleText(null, text), PUBLISHED).stream()
                .filter(c -> c.type() == ClaimType.TROOP_COUNT).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            North Korea sent 10,000 troops to Russia.                 | 10,000 troops                      | 10000   | 10000   | EXACT
            Up to 10,000 North Korean soldiers are in Kursk.          | Up to 10,000 North Korean soldiers | -       | 10000   | AT_MOST
            As many as 15,000 troops could be deployed.               | As many as 15,000 troops           | -       | 15000   | AT_MOST
            No more than 5,000 soldiers will go.                      | No more than 5,000 soldiers        | -       | 5000    | AT_MOST
            At least 8,000 troops have arrived.                       | At least 8,000 troops              | 8000    | -       | AT_LEAST
            More than 10,000 North Korean soldiers are in Russia.     | More than 10,000 North Korean soldiers | 10000 | -     | AT_LEAST
            Over 1,500 servicemen are stationed there.                | Over 1,500 servicemen              | 1500    | -       | AT_LEAST
            In excess of 20,000 troops may be involved.               | In excess of 20,000 troops         | 20000   | -       | AT_LEAST
            About 3,000 soldiers were sent.                           | About 3,000 soldiers               | 3000    | 3000    | APPROXIMATE
            Around 10,000 troops were deployed.                       | Around 10,000 troops               | 10000   | 10000   | APPROXIMATE
            Some 2,500 special forces arrived.                        | Some 2,500 special forces          | 2500    | 2500    | APPROXIMATE
            Roughly 4,000 troops were seen.                           | Roughly 4,000 troops               | 4000    | 4000    | APPROXIMATE
            Approximately 6,000 military personnel were deployed.     | Approximately 6,000 military personnel | 6000 | 6000   | APPROXIMATE
            An estimated 10,000 soldiers moved.                       | An estimated 10,000 soldiers       | 10000   | 10000   | APPROXIMATE
            Nearly 5,000 troops crossed.                              | Nearly 5,000 troops                | 5000    | 5000    | APPROXIMATE
            Pyongyang sent 10,000 to 12,000 soldiers.                 | 10,000 to 12,000 soldiers          | 10000   | 12000   | RANGE
            Officials say 10,000-12,000 troops are there.             | 10,000-12,000 troops               | 10000   | 12000   | RANGE
            Between 10,000 and 12,000 troops may join.                | Between 10,000 and 12,000 troops   | 10000   | 12000   | RANGE
            Thousands of troops were sent.                            | Thousands of troops                | 1000    | -       | VAGUE
            Hundreds of soldiers were flown in.                       | Hundreds of soldiers               | 100     | -       | VAGUE
            Tens of thousands of troops could follow.                 | Tens of thousands of troops        | 10000   | -       | VAGUE
            North Korea could send 12k troops.                        | 12k troops                         | 12000   | 12000   | EXACT
            Up to 1.5 million reservists could be called up.          | Up to 1.5 million reservists       | -       | 1500000 | AT_MOST
            Three thousand soldiers arrived.                          | Three thousand soldiers            | 3000    | 3000    | EXACT
            Ten thousand troops are now there.                        | Ten thousand troops                | 10000   | 10000   | EXACT
            A dozen soldiers guarded the gate.                        | A dozen soldiers                   | 12      | 12      | EXACT
            The U.S. says 10 000 troops are in Kursk.                 | 10 000 troops                      | 10000   | 10000   | EXACT
            Pyongyang sent a force of 3,000 to the border.            | 3,000                              | 3000    | 3000    | EXACT
            """)
    void normalisesTheCountAndItsHedge(String sentence, String text, Integer min, Integer max, Qualifier qualifier) {
        List<Claim> found = troops(sentence);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo(text);
        assertThat(found.get(0).value()).isEqualTo(new TroopCountValue(min, max, qualifier));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "At least 1,000 North Korean soldiers have been killed or wounded.",
            "Ukraine said 200 North Korean troops were killed in Kursk.",
            "The strike killed 30 soldiers.",
            "The fighting has left 500 soldiers dead.",
            "Some 400 soldiers were captured, Kyiv said.",
            "North Korea has supplied millions of artillery shells.",
            "Pyongyang sent 100 ballistic missiles to Moscow.",
            "About 3,000 people attended the rally.",
            "More than 10,000 refugees crossed the border.",
            "The Duma voted 397-0 to ratify the treaty.",
            "Exports rose 40% in the first quarter.",
            "One of the soldiers said he had not been paid."})
    void ignoresCasualtiesMaterielPeopleAndVotes(String sentence) {
        assertThat(troops(sentence)).isEmpty();
    }

    @Test
    void resolvesOriginAndDestinationIncludingRegions() {
        Claim c = troops("Up to 10,000 North Korean soldiers were in Russia’s Kursk region.").get(0);
        assertThat(c.subject()).isEqualTo(new Subject("troops/north-korea/russia", "North Korean troops in Russia"));
        Claim k = troops("Pyongyang has sent about 3,000 soldiers to Kursk for training.").get(0);
        assertThat(k.subject().key()).isEqualTo("troops/north-korea/russia");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            U.S. State Department spokesperson Matthew Miller told reporters that up to 10,000 troops were in Russia. | U.S. State Department | Matthew Miller
            The lower house voted on Thursday, as the US claimed North Korea deployed 3,000 troops to Russia.        | US                    | -
            According to South Korea's Defense Ministry, about 1,500 troops were moved.                               | South Korean Defense Ministry | -
            Western officials said around 2,000 troops were moved.                                                    | Western officials     | -
            Intelligence reports suggest 7,000 soldiers have been trained.                                            | Intelligence reports  | -
            US Secretary of Defence Lloyd Austin said Pyongyang has sent about 3,000 soldiers to Russia.              | US Secretary of Defence | Lloyd Austin
            "More than 10,000 North Korean soldiers are in Russia," Jeon Ha-gyu, a spokesman for the South Korean Defense Ministry, said Tuesday. | South Korean Defense Ministry | Jeon Ha-gyu
            Lawmakers ratified a pact as the U.S. confirmed it was aware of the deployment of 3,000 North Korean troops. | U.S.             | -
            The accusations, based on intelligence reports, suggest that North Korea has deployed around 10,000 troops. | intelligence reports | -
            North Korea has 3,000 troops in Russia.                                                                   | -                     | -
            """)
    void findsTheSourceOfAFigure(String sentence, String source, String person) {
        Claim c = troops(sentence).get(0);
        if (source == null) {
            assertThat(c.attribution()).isNull();
        } else {
            assertThat(c.attribution()).extracting(Attribution::source, Attribution::person).containsExactly(source, person);
        }
    }
}
