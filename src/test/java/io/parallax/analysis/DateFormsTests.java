package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date forms added for stories the first rules never saw: relative, anaphoric and bare-day forms. */
class DateFormsTests {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();

    private static List<Claim> dates(String text, LocalDate published) {
        return EXTRACTOR.extract(new ArticleText(null, text), published).stream()
                .filter(c -> c.type() == ClaimType.DATE).toList();
    }

    @ParameterizedTest(name = "{0} ({1}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The vote was held on Saturday, April 20, 2024.           | 2024-11-06 | Saturday, April 20, 2024 | 2024-04-20 | DAY
            Lawmakers met on Thursday, Oct. 31, to debate the bill.  | 2024-11-06 | Thursday, Oct. 31       | 2024-10-31 | DAY
            The decree was signed on Monday 4 November.              | 2024-11-06 | Monday 4 November       | 2024-11-04 | DAY
            The ministry confirmed it earlier this month.            | 2024-11-20 | earlier this month      | 2024-11     | MONTH
            The envoy arrived in Seoul on Wednesday last week.       | 2024-11-06 | on Wednesday last week  | 2024-10-30 | DAY
            The talks resume Friday next week.                       | 2024-11-06 | Friday next week        | 2024-11-15 | DAY
            Finland and Sweden applied to join in May last year.     | 2023-03-31 | May last year           | 2022-05     | MONTH
            The upper house will review the bill on the 6th.         | 2024-11-05 | on the 6th              | 2024-11-06 | DAY
            The upper house reviews the bill on the 6th.             | 2024-11-05 | on the 6th              | 2024-11-06 | DAY
            The upper house reviewed the bill on the 6th.            | 2024-11-05 | on the 6th              | 2024-10-06 | DAY
            The committee approved it on the 2nd.                    | 2024-11-05 | on the 2nd              | 2024-11-02 | DAY
            SEOUL, Dec. 14 (Yonhap) -- The assembly met again.        | 2024-12-14 | Dec. 14                 | 2024-12-14 | DAY
            Last May, lawmakers voted to apply for membership.       | 2023-03-01 | Last May                | 2022-05     | MONTH
            The extension takes effect on Feb. 14.                   | 2024-02-06 | Feb. 14                 | 2024-02-14 | DAY
            """)
    void readsTheNewForms(String sentence, LocalDate published, String text, String value, DatePrecision precision) {
        List<Claim> found = dates(sentence, published);
        assertThat(found).extracting(Claim::text).containsExactly(text);
        assertThat(found.get(0).value()).isEqualTo(new DateValue(value, precision));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Duma voted on Oct. 24. The council met the same day.            | the same day      | 2024-10-24
            The Duma voted on Oct. 24. Protesters gathered outside that day.   | that day          | 2024-10-24
            The Duma voted on Oct. 24. Putin had signed it the day before.      | the day before    | 2024-10-23
            The law took effect on Oct. 24, two days after the Duma approved it. | two days after   | 2024-10-22
            The Duma voted on Oct. 24. The council followed two days later.     | two days later    | 2024-10-26
            """)
    void resolvesDatesThatPointBackAgainstTheDateTheyPointTo(String text, String phrase, String value) {
        List<Claim> found = dates(text, LocalDate.of(2024, 11, 6));
        assertThat(found).filteredOn(c -> c.text().equals(phrase)).singleElement()
                .extracting(Claim::value).isEqualTo(new DateValue(value, DatePrecision.DAY));
    }

    @Test
    void aDayThatPointsBackToNothingIsNoDate() {
        assertThat(dates("Protesters gathered outside that day.", LocalDate.of(2024, 11, 6))).isEmpty();
    }

    @Test
    void readsTheNewFormsInRunningText() {
        String text = """
                SEOUL, Dec. 14 (Yonhap) -- South Korea's National Assembly voted on Saturday, Dec. 14, 2024, to impeach \
                the president. A first attempt failed on the 7th, and the martial law decree of Dec. 3 was lifted the \
                day after. Lawmakers had warned earlier this month that a second vote would follow.""";
        List<Claim> found = dates(text, LocalDate.of(2024, 12, 14));
        assertThat(found).extracting(Claim::text).containsExactly("Dec. 14", "Saturday, Dec. 14, 2024", "on the 7th",
                "Dec. 3", "the day after", "earlier this month");
        assertThat(found).extracting(c -> ((DateValue) c.value()).iso())
                .containsExactly("2024-12-14", "2024-12-14", "2024-12-07", "2024-12-03", "2024-12-04", "2024-12");
    }
}
