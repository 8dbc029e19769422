package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Troop-count forms added for stories the first rules never saw, and a subject per figure. */
class TroopFormsTests {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();

    private static List<Claim> troops(String text) {
        return EXTRACTOR.extract(new ArticleText(null, text), LocalDate.of(2024, 11, 6)).stream()
                .filter(c -> c.type() == ClaimType.TROOP_COUNT).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Russia has massed upward of 100,000 troops near the border.   | upward of 100,000 troops | 100000 | -    | AT_LEAST
            Upwards of 5,000 soldiers took part.                          | Upwards of 5,000 soldiers | 5000  | -    | AT_LEAST
            Some 900 soldiers will deploy to Estonia.                     | Some 900 soldiers        | 900    | 900    | APPROXIMATE
            London is sending roughly 900 troops to Estonia.              | roughly 900 troops       | 900    | 900    | APPROXIMATE
            Britain deployed a 1,000-member unit to Estonia.              | 1,000-member unit        | 1000   | 1000   | EXACT
            Germany will station a 4,800-strong brigade in Lithuania.     | 4,800-strong brigade     | 4800   | 4800   | EXACT
            Germany will station a brigade of 4,800 in Lithuania.         | 4,800                    | 4800   | 4800   | EXACT
            The Pentagon said 1700 troops would leave Fort Bragg.         | 1700 troops              | 1700   | 1700   | EXACT
            About 1,000 troops already stationed in Vilseck will move.    | About 1,000 troops       | 1000   | 1000   | APPROXIMATE
            Russia has massed more than 100,000 troops near Ukraine's borders. | more than 100,000 troops | 100000 | - | AT_LEAST
            Well over 2,000 marines are based on Okinawa.                 | Well over 2,000 marines  | 2000   | -      | AT_LEAST
            """)
    void readsTheNewForms(String sentence, String text, Integer min, Integer max, Qualifier qualifier) {
        List<Claim> found = troops(sentence);
        assertThat(found).extracting(Claim::text).containsExactly(text);
        assertThat(found.get(0).value()).isEqualTo(new TroopCountValue(min, max, qualifier));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The strikes killed upward of 100 soldiers.",
            "Some 900 people attended the funeral.",
            "The brigade lost 300 tanks.",
            "A 1,000-member choir sang in Tallinn.",
            "About 4,000 of the soldiers were wounded."})
    void ignoresCasualtiesWeaponsAndPeople(String sentence) {
        assertThat(troops(sentence)).isEmpty();
    }

    @Test
    void givesEachDestinationInASentenceItsOwnClaimAndSubject() {
        List<Claim> found = troops("The United States will send 2,000 troops to Poland and 1,000 to Romania.");
        assertThat(found).extracting(Claim::text).containsExactly("2,000 troops", "1,000");
        assertThat(found).extracting(c -> c.subject().key()).containsExactly("troops/us/poland", "troops/us/romania");
    }

    @Test
    void separatesTwoDeployingCountriesInOneSentence() {
        List<Claim> found = troops("The British government said some 900 soldiers would deploy to Estonia, and Paris "
                + "pledged 300 troops for Estonia.");
        assertThat(found).extracting(c -> c.subject().key()).containsExactly("troops/uk/estonia", "troops/france/estonia");
    }

    @Test
    void readsTheNewFormsInRunningText() {
        String text = """
                WASHINGTON -- The Pentagon will send upward of 3,000 troops to Europe. A 1,000-member unit already \
                stationed in Germany will move to Romania, while 1700 paratroopers fly to Poland.

                Russia has massed some 100,000 troops on Ukraine's border; Kyiv says 400 of its soldiers were killed \
                last month.""";
        List<Claim> found = troops(text);
        assertThat(found).extracting(Claim::text).containsExactly("upward of 3,000 troops", "1,000-member unit",
                "1700 paratroopers", "some 100,000 troops");
        assertThat(found).extracting(Claim::value).containsExactly(
                new TroopCountValue(3000, null, Qualifier.AT_LEAST), new TroopCountValue(1000, 1000, Qualifier.EXACT),
                new TroopCountValue(1700, 1700, Qualifier.EXACT), new TroopCountValue(100000, 100000, Qualifier.APPROXIMATE));
        assertThat(found.get(3).subject().key()).isEqualTo("troops/russia/ukraine");
    }

    @Test
    void aBareFigureCountsTroopsSpokenOfInItsSentenceOrTheOneBefore() {
        assertThat(troops("Poland will move up to 10,000 troops to the border. About 4,000 of them will support the "
                + "Border Guard and 6,000 will be held in reserve.")).extracting(Claim::value).containsExactly(
                new TroopCountValue(null, 10000, Qualifier.AT_MOST), new TroopCountValue(4000, 4000, Qualifier.APPROXIMATE),
                new TroopCountValue(6000, 6000, Qualifier.EXACT));
        assertThat(troops("The number of reservists called up has reached 360,000, the army said, up from 300,000 on "
                + "Monday.")).extracting(Claim::value).containsExactly(new TroopCountValue(360000, 360000, Qualifier.EXACT),
                new TroopCountValue(300000, 300000, Qualifier.EXACT));
    }

    @Test
    void aBareFigureIsNeverAYearASumASmallNumberOrAFigureWithANounOfItsOwn() {
        assertThat(troops("The army sent 2,000 troops to the border in 2024, at a cost of $300 million, with 40 of them "
                + "medics and 500 tanks.")).extracting(Claim::text).containsExactly("2,000 troops");
        assertThat(troops("The army sent 2,000 troops to the border. The town has 1,200 residents.")).hasSize(1);
    }
}
