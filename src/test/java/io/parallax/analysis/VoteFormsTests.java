package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vote forms on any matter in any legislature, chambers resolved through the country, one subject per matter. */
class VoteFormsTests {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();

    private static List<Claim> votes(String title, String text) {
        return EXTRACTOR.extract(new ArticleText(title, text), LocalDate.of(2024, 12, 14)).stream()
                .filter(c -> c.type() == ClaimType.VOTE).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            South Korea's National Assembly voted 204-85 to impeach the president.          | 204-85    | National Assembly | 204 | 85 | - | false
            The Sejm approved the budget 204 to 85.                                          | 204 to 85 | Sejm              | 204 | 85 | - | false
            The Knesset passed the bill with 64 votes for, 56 against and 3 abstentions.     | 64 votes for, 56 against | Knesset | 64 | 56 | 3 | false
            Georgia's parliament passed the law with 84 votes for and 30 against.            | 84 votes for and 30 against | Parliament of Georgia | 84 | 30 | - | false
            The Bundestag adopted the amendment with 512 in favour and 206 against.          | 512 in favour and 206 against | Bundestag | 512 | 206 | - | false
            The Riigikogu approved the bill by ninety-two votes to forty.                    | ninety-two votes to forty | Riigikogu | 92 | 40 | - | false
            Hungarian lawmakers ratified the accession by 188 votes to six.                  | 188 votes to six | National Assembly | 188 | 6 | - | false
            The motion of no confidence was backed by 331 deputies in France's National Assembly. | backed by 331 deputies | National Assembly | 331 | - | - | false
            The no-confidence motion drew 331 votes in the French National Assembly.        | drew 331 votes | National Assembly | 331 | - | - | false
            The motion failed in the House of Commons, 280-310.                               | 280-310   | House of Commons  | 280 | 310 | - | false
            The Bundesrat approved the debt package with 53 of its 69 votes.                   | with 53 of its 69 votes | Bundesrat | 53 | - | - | false
            Brazil's Chamber of Deputies voted 367-137 to send the case to the Senate.         | 367-137   | Chamber of Deputies | 367 | 137 | - | false
            """)
    void readsTalliesOnAnyMatterInAnyLegislature(String sentence, String text, String chamber, Integer yes, Integer no,
                                                 Integer abstained, boolean unanimous) {
        List<Claim> found = votes(null, sentence);
        assertThat(found).extracting(Claim::text).containsExactly(text);
        assertThat(found.get(0).value()).isEqualTo(new VoteValue(chamber, yes, no, abstained, unanimous));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The motion needed 288 votes in the 577-seat chamber.",
            "The opposition needs 200 votes, two-thirds of the chamber, for the motion to pass.",
            "The ruling party holds 170 seats in the National Assembly.",
            "The Duma has 450 deputies.",
            "Parliament will vote on the budget next week, and 226 votes are needed.",
            "The national team beat Japan 2-0 in the final."})
    void ignoresThresholdsSeatCountsAndPlannedVotes(String sentence) {
        assertThat(votes(null, sentence)).isEmpty();
    }

    @Test
    void aForeignOutletsGenericChamberNamesResolveThroughTheCountry() {
        List<Claim> found = votes(null, "Russia's House of Representatives voted 397-0 to ratify the treaty, and the "
                + "Senate approved it unanimously.");
        assertThat(found).extracting(c -> ((VoteValue) c.value()).chamber())
                .containsExactly("State Duma", "Federation Council");
        assertThat(votes("U.S. Senate passes aid bill", "The Senate voted 79-18 to pass the bill.").get(0).value())
                .isEqualTo(new VoteValue("U.S. Senate", 79, 18, null, false));
    }

    @Test
    void completesACountGivenOverTwoSentences() {
        List<Claim> found = votes(null, "The Verkhovna Rada passed the bill with 256 votes in favour. Twelve deputies "
                + "voted against. Seven abstained.");
        assertThat(found).singleElement().extracting(Claim::value)
                .isEqualTo(new VoteValue("Verkhovna Rada", 256, 12, 7, false));
    }

    @Test
    void mergesACountIntoTheUnanimousResultItBelongsTo() {
        List<Claim> found = votes("Turkey's parliament approves Finland's NATO membership",
                "Turkey's parliament voted unanimously on Thursday to ratify Finland's accession. All 276 lawmakers "
                + "present backed the bill.");
        assertThat(found).singleElement().extracting(Claim::value)
                .isEqualTo(new VoteValue("Grand National Assembly", 276, null, null, true));
    }

    @Test
    void givesEachVoteOfAnArticleItsOwnMatter() {
        String text = """
                SEOUL -- South Korea's National Assembly voted 204-85 on Saturday to impeach President Yoon Suk Yeol.

                Yoon declared martial law on Dec. 3, but lawmakers voted 190-0 to lift martial law within hours. \
                In a separate vote, the assembly passed the budget 183-94.""";
        List<Claim> found = votes(null, text);
        assertThat(found).extracting(c -> c.subject().key()).containsExactly(
                "vote/south-korea-national-assembly/impeachment", "vote/south-korea-national-assembly/martial-law",
                "vote/south-korea-national-assembly/budget");
        assertThat(found).extracting(c -> ((VoteValue) c.value()).votesFor()).containsExactly(204, 190, 183);
    }

    @Test
    void outletsThatWordTheSameVoteDifferentlyShareOneSubject() {
        Claim a = votes(null, "Estonia's parliament passed a bill on air defence, with 72 lawmakers voting in favour "
                + "and 11 against.").get(0);
        Claim b = votes(null, "Estonian lawmakers approved the defence investment bill 72-11 on Wednesday.").get(0);
        Claim c = votes(null, "The Riigikogu voted 72 to 11 on May 14 to pass the bill.").get(0);
        assertThat(List.of(a, b, c)).extracting(x -> x.subject().key()).containsOnly("vote/riigikogu/bill");
        assertThat(List.of(a, b, c)).extracting(Claim::value).containsOnly(new VoteValue("Riigikogu", 72, 11, null, false));
    }

    @Test
    void dropsClaimsFromRelatedHeadlinesAndNavigation() {
        String text = """
                The Sejm approved the budget 240-206 on Thursday.

                More from Europe
                Hungary's parliament ratifies Sweden's NATO bid 188-6
                Germany to station 4,800 troops in Lithuania by 2027

                Read more: Lawmakers in Kyiv vote 256-12 to extend martial law""";
        List<Claim> all = EXTRACTOR.extract(new ArticleText(null, text), LocalDate.of(2024, 12, 14));
        assertThat(all).extracting(Claim::text).containsExactly("240-206", "on Thursday");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Last week 512 members of the Bundestag voted yes and 206 no.                      | Bundestag      | 512 | 206 | -
            In the Sejm, all 440 deputies who took part backed the accession.                 | Sejm           | 440 | -   | -
            The Knesset rejected the motion with 52 votes.                                    | Knesset        | 52  | -   | -
            The Chamber of Deputies approved the impeachment 367 to 137.                      | Chamber of Deputies | 367 | 137 | -
            """)
    void readsMoreTallyFormsAndNamesAChamberAsWrittenWhenNoCountryIsGiven(String sentence, String chamber, Integer yes,
                                                                           Integer no, Integer abstained) {
        List<Claim> found = votes(null, sentence);
        assertThat(found).hasSize(1);
        VoteValue v = (VoteValue) found.get(0).value();
        assertThat(v.chamber()).isEqualTo(chamber);
        assertThat(v.votesFor()).isEqualTo(yes);
        assertThat(v.votesAgainst()).isEqualTo(no);
        assertThat(v.abstentions()).isEqualTo(abstained);
    }

    @Test
    void severalCountsInOneSentenceEachMakeAResultWithTheirOwnAbstentions() {
        List<Claim> found = votes(null, "The Sejm passed the Swedish protocol unanimously, 440-0, and the Finnish one "
                + "438-1 with two abstentions.");
        assertThat(found).extracting(Claim::value).containsExactly(new VoteValue("Sejm", 440, 0, null, true),
                new VoteValue("Sejm", 438, 1, 2, false));
        assertThat(votes(null, "The Rada extended martial law with 331 votes in favour, and mobilisation with 320 votes."))
                .extracting(c -> ((VoteValue) c.value()).votesFor()).containsExactly(331, 320);
        assertThat(votes(null, "The first decree was backed by 331 deputies in the Rada and the second by 320, a lawmaker said."))
                .extracting(c -> ((VoteValue) c.value()).votesFor()).containsExactly(331, 320);
        assertThat(votes(null, "In favour of the first decree: 331. In favour of the second: 320. The Rada then adjourned."))
                .extracting(c -> ((VoteValue) c.value()).votesFor()).containsExactly(331, 320);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "At least 215 lawmakers endorsed the impeachment complaint in the House.",
            "More than 200 deputies signed the motion in the National Assembly."})
    void aHedgedCountIsNoResult(String sentence) {
        assertThat(votes(null, sentence)).isEmpty();
    }

    @Test
    void aCountryThatIsTheMattersIsNotTheChambersCountry() {
        // the chamber belongs to the country that owns the legislature word, not to the country the vote is about
        assertThat(votes(null, "The U.S. House of Representatives met on Saturday. The House then passed aid for Israel "
                + "366-58.")).extracting(c -> ((VoteValue) c.value()).chamber()).containsExactly("House of Representatives");
        assertThat(votes("Polish lawmakers back Sweden's NATO bid", "WARSAW — Poland's lower house voted on Thursday. "
                + "All 440 deputies present backed Sweden's membership.").get(0).value())
                .isEqualTo(new VoteValue("Sejm", 440, null, null, true));
        assertThat(votes(null, "Swedish MPs voted 269 in favour and 37 against. In Helsinki, the Eduskunta had voted 184-7."))
                .extracting(c -> ((VoteValue) c.value()).chamber()).containsExactly("Riksdag", "Eduskunta");
        // a next step in the upper house follows a vote in the lower one
        assertThat(votes(null, "Wednesday's 232-197 vote came after the riot. The Senate trial is not expected before "
                + "the inauguration.").get(0).value()).isEqualTo(new VoteValue("House of Representatives", 232, 197, null, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Deputies backed the motion 331-0 on Wednesday, ending Barnier's short-lived government.      | National Assembly
            MPs voted 312 to 270 on the bill that Sunak had promised to pass before the summer.         | House of Commons
            Lawmakers voted 78-0 to bring down the government of Prime Minister Eduard Heger.          | National Council
            The lower house voted 201-110 for the budget, a week after Tusk took office.               | Sejm
            MPs voted 300-260 to back the plan after a revolt by Tory backbenchers fizzled out.        | House of Commons
            """)
    void aTextThatNamesNoCountryGivesTheChamberThroughTheLeadersItNames(String sentence, String chamber) {
        assertThat(votes(null, sentence)).singleElement().extracting(c -> ((VoteValue) c.value()).chamber())
                .isEqualTo(chamber);
    }

    @Test
    void shortNamesOfChambersResolveThroughTheCountry() {
        assertThat(votes(null, "The Commons voted 330-250 on the bill.").get(0).value())
                .isEqualTo(new VoteValue("House of Commons", 330, 250, null, false));
        assertThat(votes(null, "The Lords voted 214-178 to send the bill back to the Commons.").get(0).value())
                .isEqualTo(new VoteValue("House of Lords", 214, 178, null, false));
        assertThat(votes(null, "Slovakia's National Council voted 80-20 to pass the budget.").get(0).value())
                .isEqualTo(new VoteValue("National Council", 80, 20, null, false));
        assertThat(votes(null, "Austria's National Council voted 95-60 to pass the budget.").get(0).value())
                .isEqualTo(new VoteValue("National Council", 95, 60, null, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Seimas rejected the bill, with 141 members voting against and 2 in favour.       | Seimas    | 2   | 141 | -
            Knesset members voted 48 against and 61 for on the second reading.                  | Knesset   | 61  | 48  | -
            The ayes were 301 and the noes 266 when the Commons divided on Tuesday.             | House of Commons | 301 | 266 | -
            The Commons backed the motion by 312 ayes to 270 noes.                              | House of Commons | 312 | 270 | -
            The Bundestag passed the law with 400 yes votes, 180 no votes and 12 abstentions.   | Bundestag | 400 | 180 | 12
            The Saeima voted 60 in favour, with 20 against and 3 abstaining.                    | Saeima    | 60  | 20  | 3
            The bill passed the Seimas with 70 MPs voting in favour, 12 voting against, and five abstaining. | Seimas | 70 | 12 | 5
            The Dail voted down the motion by 85 votes to 66.                                    | Dáil      | 66  | 85  | -
            The nomination was defeated by a vote of 51 to 49 in the Senate.                    | U.S. Senate | 49 | 51 | -
            The bill cleared the House 298-120 on Friday.                                        | House of Representatives | 298 | 120 | -
            """)
    void readsCountsAgainstFirstAyesAndNoesAndFailedVotes(String sentence, String chamber, Integer yes, Integer no,
                                                          Integer abstained) {
        assertThat(votes(null, sentence)).singleElement().extracting(Claim::value)
                .isEqualTo(new VoteValue(chamber, yes, no, abstained, false));
    }

    @Test
    void aTotalBeforeVotersIsAResultButATotalOfSeatsOrANeedIsNot() {
        assertThat(votes(null, "A total of 210 lawmakers voted in favour of the bill in the National Assembly."))
                .singleElement().extracting(c -> ((VoteValue) c.value()).votesFor()).isEqualTo(210);
        assertThat(votes(null, "The bloc holds 120 out of a total of 300 seats in the National Assembly.")).isEmpty();
        assertThat(votes(null, "The motion needed a total of 151 votes in the National Assembly.")).isEmpty();
        assertThat(votes(null, "The motion fell short in the Sejm, gathering 215 votes, short of the 231 needed."))
                .singleElement().extracting(c -> ((VoteValue) c.value()).votesFor()).isEqualTo(215);
        assertThat(votes(null, "A total of 280 MPs supported the motion in the Verkhovna Rada, while 150 opposed it."))
                .singleElement().extracting(Claim::value)
                .isEqualTo(new VoteValue("Verkhovna Rada", 280, 150, null, false));
    }

    @Test
    void aForCountAfterVotedIsCompletedByTheNextSentenceWithItsAbstentions() {
        assertThat(votes(null, "Members of the Saeima voted 55 in favour. Thirty voted against and four abstained."))
                .singleElement().extracting(Claim::value).isEqualTo(new VoteValue("Saeima", 55, 30, 4, false));
        assertThat(votes(null, "The Sejm passed the law with 240 votes. Thirty-one deputies voted against it and 9 abstained."))
                .singleElement().extracting(Claim::value).isEqualTo(new VoteValue("Sejm", 240, 31, 9, false));
    }
}
