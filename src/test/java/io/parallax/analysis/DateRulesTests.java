package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date rules against a fixed publication date, Wednesday 2024-11-06. */
class DateRulesTests {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 6);
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();

    private static List<Claim> dates(String text) {
        return EXTRACTOR.extract(new ArticleText(null, text), PUBLISHED).stream()
                .filter(c -> c.type() == ClaimType.DATE).toList();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The Duma voted on Oct. 24.                          | Oct. 24           | 2024-10-24 | DAY
            The Duma voted on October 24.                       | October 24        | 2024-10-24 | DAY
            The Duma voted on 24 October.                       | 24 October        | 2024-10-24 | DAY
            They met on June 19, 2024.                          | June 19, 2024     | 2024-06-19 | DAY
            It was published on Nov 6.                          | Nov 6             | 2024-11-06 | DAY
            It was signed on 6 Nov 2024.                        | 6 Nov 2024        | 2024-11-06 | DAY
            They met on Jun. 19, 2024.                          | Jun. 19, 2024     | 2024-06-19 | DAY
            The parade was held on Sept. 9, 2018.               | Sept. 9, 2018     | 2018-09-09 | DAY
            It took effect on 2024-10-24.                       | 2024-10-24        | 2024-10-24 | DAY
            MOSCOW, November 6. /TASS/. The council voted.      | November 6        | 2024-11-06 | DAY
            The talks, held on Dec. 3, failed.                  | Dec. 3            | 2023-12-03 | DAY
            The rules will take effect on January 1.            | January 1         | 2025-01-01 | DAY
            The upper house voted on Thursday.                  | on Thursday       | 2024-10-31 | DAY
            Peskov said Wednesday that talks had stalled.       | Wednesday         | 2024-11-06 | DAY
            On Monday, the minister told reporters so.          | On Monday         | 2024-11-04 | DAY
            Senators are set to vote Wednesday.                 | Wednesday         | 2024-11-06 | DAY
            The leaders will meet on Friday.                    | on Friday         | 2024-11-08 | DAY
            The council is expected to vote next Tuesday.       | next Tuesday      | 2024-11-12 | DAY
            The house is expected to endorse it on Friday.      | on Friday         | 2024-11-08 | DAY
            Kim flew to Russia last Wednesday.                  | last Wednesday    | 2024-10-30 | DAY
            The ministry said so yesterday.                     | yesterday         | 2024-11-05 | DAY
            Lawmakers debate the bill today.                    | today             | 2024-11-06 | DAY
            The delegation arrives tomorrow.                    | tomorrow          | 2024-11-07 | DAY
            The truce collapsed on the 2nd.                     | on the 2nd        | 2024-11-02 | DAY
            It was ratified on the 24th of last month.          | the 24th of last month | 2024-10-24 | DAY
            Putin visited Pyongyang in June.                    | June              | 2024-06    | MONTH
            The talks were held last June.                      | last June         | 2024-06    | MONTH
            The incursion began in August.                      | August            | 2024-08    | MONTH
            It was first raised after the February 2022 invasion. | February 2022   | 2022-02    | MONTH
            Officials confirmed it last month.                  | last month        | 2024-10    | MONTH
            The minister resigned in December.                  | December          | 2023-12    | MONTH
            The parliament will reconvene in December.          | December          | 2024-12    | MONTH
            Talks ended in early October.                       | early October     | 2024-10    | MONTH
            Russia's 2014 annexation of Crimea was condemned.   | 2014              | 2014       | YEAR
            The war ended in 1953.                              | 1953              | 1953       | YEAR
            The law was adopted last year.                      | last year         | 2023       | YEAR
            """)
    void resolvesExplicitAndRelativeDates(String sentence, String text, String date, DatePrecision precision) {
        List<Claim> found = dates(sentence);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo(text);
        assertThat(found.get(0).value()).isEqualTo(new DateValue(date, precision));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Putin visited Pyongyang for the first time in 24 years.",
            "The war has lasted two and a half years.",
            "The 72-year-old leader has ruled for decades.",
            "Crowds marked the 70th anniversary of the armistice.",
            "The meeting started at 10:30 and ended at 3 p.m.",
            "Officials said last week that talks had stalled.",
            "Russia has gained ground this year.",
            "Putin visited Pyongyang this summer.",
            "The convoy travelled 1,950 kilometres.",
            "The Duma voted 397-0 to ratify the treaty.",
            "The lecture drew 2000 students.",
            "Soldiers march in a parade.",
            "He may travel to Moscow soon.",
            "Prices rose 20 percent over the last few weeks."})
    void ignoresDurationsAgesTimesAndCounts(String sentence) {
        assertThat(dates(sentence)).isEmpty();
    }

    @Test
    void splitsAYearRangeIntoTwoYears() {
        String text = "It would be the first conflict since the end of the 1950-53 Korean War.";
        List<Claim> found = dates(text);
        assertThat(found).extracting(Claim::value).containsExactly(
                new DateValue("1950", DatePrecision.YEAR), new DateValue("1953", DatePrecision.YEAR));
        assertThat(found).extracting(Claim::text).containsExactly("1950", "53");
    }

    @Test
    void findsSeveralDatesInRunningText() {
        String text = "The Federation Council ratified the treaty on Nov. 6, two weeks after the Duma vote on Oct. 24. "
                + "Putin signed it in June.\n\nOn Tuesday, North Korea fired missiles into the sea.";
        List<Claim> found = dates(text);
        assertThat(found).extracting(c -> ((DateValue) c.value()).iso())
                .containsExactly("2024-11-06", "2024-10-24", "2024-06", "2024-11-05");
        for (Claim c : found) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
            assertThat(text).contains(c.sentence());
            assertThat(c.sentence()).contains(c.text());
        }
    }

    @ParameterizedTest(name = "{0} published {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks resumed on Monday.           | 2025-03-14 | 2025-03-10
            The delegation is due to arrive on Tuesday. | 2025-03-14 | 2025-03-18
            The Duma voted on Thursday.            | 2024-10-24 | 2024-10-24
            The U.S. confirmed on Wednesday that troops had arrived. | 2024-10-24 | 2024-10-23
            """)
    void weekdaysDependOnThePublicationDate(String sentence, LocalDate published, String expected) {
        List<Claim> found = EXTRACTOR.extract(new ArticleText(null, sentence), published);
        assertThat(found).extracting(Claim::value).containsExactly(new DateValue(expected, DatePrecision.DAY));
    }
}
