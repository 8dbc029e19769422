package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vote rules: tallies, unanimity, abstentions, chamber resolution, and what is not a vote. */
class VoteRulesTests {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 6);
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();

    private static List<Claim> votes(String title, String text) {
        return EXTRACTOR.extract(new ArticleText(title, text), PUBLISHED).stream()
                .filter(c -> c.type() == ClaimType.VOTE).toList();
    }

    // A generic word ("the lower house", "deputies") in a text that names no country names no chamber ("-").
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The State Duma voted 397-0 to ratify the treaty.                         | 397-0             | State Duma         | 397 | 0   | -  | true
            The lower house approved the treaty 397 to 0.                            | 397 to 0          | -                  | 397 | 0   | -  | true
            The Duma ratified the pact by 397 votes to none.                         | 397 votes to none | State Duma         | 397 | 0   | -  | true
            All 397 deputies present voted in favor of the treaty, with no opposing votes. | All 397 deputies present voted in favor | - | 397 | 0 | - | true
            The Federation Council voted unanimously to approve the treaty.          | voted unanimously | Federation Council | -   | -   | -  | true
            The bill passed 300-120 with 5 abstentions in the Duma.                  | 300-120           | State Duma         | 300 | 120 | 5  | false
            The upper house endorsed the treaty 153-0.                               | 153-0             | -                  | 153 | 0   | -  | true
            The Verkhovna Rada adopted the law with 256 votes in favour and 12 against. | 256 votes in favour and 12 against | Verkhovna Rada | 256 | 12 | - | false
            The U.S. Senate approved the measure 79-18.                              | 79-18             | U.S. Senate        | 79  | 18  | -  | false
            Senators in Moscow voted 153-0 to endorse the treaty.                    | 153-0             | Federation Council | 153 | 0   | -  | true
            """)
    void readsTheResult(String sentence, String text, String chamber, Integer yes, Integer no, Integer abstained,
                        boolean unanimous) {
        List<Claim> found = votes(null, sentence);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo(text);
        assertThat(found.get(0).value()).isEqualTo(new VoteValue(chamber, yes, no, abstained, unanimous));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Federation Council is expected to approve the treaty next week.",
            "The upper house will vote on the treaty on Friday.",
            "The Duma approved the treaty on Thursday.",
            "The treaty was ratified by the lower house.",
            "Spartak won 3-1 against Zenit on Sunday.",
            "The national team beat Japan 2-0 in the final.",
            "Lawmakers plan to vote unanimously next week, the speaker said.",
            "The ruble fell 2-3% against the dollar after the vote.",
            "The Duma has 450 deputies."})
    void ignoresPlannedVotesBareApprovalsAndScores(String sentence) {
        assertThat(votes(null, sentence)).isEmpty();
    }

    @Test
    void takesTheChamberFromTheTitleWhenTheSentenceSaysOnlyLawmakers() {
        Claim c = votes("Russian senators ratify North Korean defense pact",
                "Russian lawmakers on Wednesday voted unanimously to ratify a landmark mutual defense pact.").get(0);
        assertThat(c.value()).isEqualTo(new VoteValue("Federation Council", null, null, null, true));
        assertThat(c.subject()).isEqualTo(new Subject("ratification/federation-council", "Federation Council ratification"));
    }

    @Test
    void takesTheChamberFromLaterMentionsInTheArticle() {
        Claim c = votes(null, "Russian lawmakers on Thursday approved the treaty by 397 votes to 0.\n\n"
                + "The agreement deepens ties.\n\nThe State Duma, the lower house, now sends it on.").get(0);
        assertThat(((VoteValue) c.value()).chamber()).isEqualTo("State Duma");
    }

    @Test
    void givesVotesOnOtherBillsTheirOwnSubject() {
        Claim c = votes(null, "The Duma passed the bill on foreign agents 415-1 with two abstentions.").get(0);
        assertThat(c.value()).isEqualTo(new VoteValue("State Duma", 415, 1, 2, false));
        assertThat(c.subject().key()).startsWith("vote/state-duma/");
    }
}
