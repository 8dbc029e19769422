package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subjects computed from the text: outlets that word one fact differently share a key, different facts do not. */
class SubjectFormsTests {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultVocabulary();

    private static List<Claim> claims(ClaimType type, String title, String text) {
        return EXTRACTOR.extract(new ArticleText(title, text), LocalDate.of(2024, 4, 23)).stream()
                .filter(c -> c.type() == type).toList();
    }

    private static List<String> keys(ClaimType type, String title, String text) {
        return claims(type, title, text).stream().map(c -> c.subject() == null ? null : c.subject().key()).toList();
    }

    @Test
    void separateBillsOfOneChamberKeepTheirOwnCountryAndTheMainOneNeedsNone() {
        String text = """
                The U.S. House of Representatives voted 311-112 on Saturday to approve aid for Ukraine.

                In separate votes, the House passed aid for Israel 366-58 and for Taiwan 385-34.""";
        assertThat(keys(ClaimType.VOTE, "House passes aid for Ukraine", text)).containsExactly(
                "vote/us-house-of-representatives/bill", "vote/us-house-of-representatives/bill/israel",
                "vote/us-house-of-representatives/bill/taiwan");
        // an outlet that only writes about the Ukraine bill lines up with the first vote
        assertThat(keys(ClaimType.VOTE, null, "The House approved the Ukraine bill on Saturday by a vote of 311 to 112."))
                .containsExactly("vote/us-house-of-representatives/bill");
    }

    @Test
    void aTallyThatNamesNoMatterTakesTheMatterTheArticleIsAbout() {
        String text = """
                The accession protocols had been waiting in parliament for more than a year.

                The debate lasted four hours. The speaker said 188 deputies voted in favour and six against on Monday, and the president signed it.""";
        assertThat(keys(ClaimType.VOTE, "Hungary's National Assembly votes", text))
                .containsExactly("ratification/hungary-national-assembly");
        assertThat(keys(ClaimType.VOTE, null, "The Sejm approved the Swedish protocol 442-0 on Thursday."))
                .containsExactly("ratification/sejm");
    }

    @Test
    void aProjectedFigureIsNotTheCountItProjects() {
        List<String> keys = keys(ClaimType.TROOP_COUNT, null, "Some 90,000 Russian troops are massed near the border, "
                + "and officials say Moscow is planning for as many as 175,000.");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0)).isEqualTo("troops/russia");
        assertThat(keys.get(1)).isEqualTo("troops/russia/projected");
    }

    @Test
    void whereTroopsLeaveFromIsNotWhoseTheyAre() {
        String text = "The 4,000 U.S. troops arrived last week; an 800-strong battalion is moving from Germany to "
                + "Lithuania by rail.";
        assertThat(keys(ClaimType.TROOP_COUNT, null, text)).containsExactly("troops/us", "troops/us/lithuania");
        assertThat(keys(ClaimType.TROOP_COUNT, null, "About 500 soldiers from Turkey landed in Kosovo on Thursday."))
                .containsExactly("troops/turkey/kosovo");
    }

    @Test
    void aDateThatOpensASpanDatesNoEventBeforeIt() {
        List<Claim> dates = claims(ClaimType.DATE, null,
                "It is the first cabinet brought down by a censure motion in the National Assembly since 1962.");
        assertThat(dates).extracting(Claim::text).containsExactly("1962");
        assertThat(dates.get(0).subject()).isNull();
    }

    @Test
    void aVoteCountEndingInNoEndsItsSentence() {
        String text = "Last Tuesday 513 members of the Bundestag voted yes and 207 no. On Friday the Bundesrat "
                + "followed, with 53 of its 69 votes.";
        assertThat(SentenceSplitter.split(text)).hasSize(2);
        assertThat(SentenceSplitter.split("He lives at No. 10 Downing Street. It is old.")).hasSize(2);
        assertThat(claims(ClaimType.DATE, null, text)).extracting(c -> c.subject().key())
                .containsExactly("vote/bundestag/bill", "vote/bundesrat/bill");
    }

    @Test
    void commonEventWordsDateTheirEventAndARulingPartyIsNoRuling() {
        assertThat(keys(ClaimType.DATE, null, "The new law takes effect on Feb. 14.")).containsExactly("entry-into-force");
        assertThat(keys(ClaimType.DATE, null, "Both decrees came into force on Feb. 14.")).containsExactly("entry-into-force");
        assertThat(keys(ClaimType.DATE, null, "The judge said he would deliver his judgment on Jan. 26."))
                .containsExactly("ruling");
        List<Claim> dates = claims(ClaimType.DATE, null,
                "Thousands gathered on Sunday to cheer the ruling party's candidate.");
        assertThat(dates).hasSize(1);
        assertThat(dates.get(0).subject()).isNull();
    }

    @Test
    void anAsideBeforeTheDestinationAndACountryNamedEarlierKeyAFigureSentSomewhere() {
        String text = """
                Canada will send about 2,500 additional troops to the region in the coming weeks.

                Some 1,200 soldiers will leave from Edmonton: 900 of them, mostly from the 1st Division, to Latvia,                 and 300 to Estonia.""";
        List<String> keys = keys(ClaimType.TROOP_COUNT, null, text);
        assertThat(keys).containsExactly("troops/canada", null, "troops/canada/latvia", "troops/canada/estonia");
    }

    @Test
    void aLegislaturesSittingIsDatedLikeItsVote() {
        String text = "South Korea's National Assembly voted 204-85 to impeach the president. The impeachment motion "
                + "passed when the assembly met on Saturday afternoon.";
        assertThat(keys(ClaimType.DATE, null, text)).containsExactly("vote/south-korea-national-assembly/impeachment");
        assertThat(keys(ClaimType.DATE, null, "The two leaders met on Saturday in Geneva.")).containsExactly("meeting");
    }
}
