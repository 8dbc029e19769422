package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who a figure comes from: organisation and person apart, pronouns and role nouns resolved, one key per source. */
class AttributionTests {

    private static final ClaimExtractor ENGINE = ClaimExtractor.withDefaultVocabulary();

    private static Attribution sourceOfTroops(String title, String body) {
        List<Claim> troops = ENGINE.extract(new ArticleText(title, body), LocalDate.of(2024, 10, 30)).stream()
                .filter(c -> c.type() == ClaimType.TROOP_COUNT).toList();
        assertThat(troops).as("troop counts in %s", body).isNotEmpty();
        return troops.get(troops.size() - 1).attribution();
    }

    private static Attribution sourceOfTroops(String body) {
        return sourceOfTroops(null, body);
    }

    @Test
    void theWholeSourceIsSplitIntoOrganisationAndPerson() {
        Attribution a = sourceOfTroops("Pentagon press secretary John Kirby said 3,000 troops would deploy to Poland.");
        assertThat(a).isEqualTo(new Attribution("Pentagon", "John Kirby", "us/defense-department"));
        assertThat(a.parentKey()).isEqualTo("us");
    }

    @Test
    void aPronounStandsForTheNearestNamedSource() {
        Attribution a = sourceOfTroops("Pentagon press secretary John Kirby told reporters the decision was final. "
                + "He said 3,000 troops would deploy to Poland.");
        assertThat(a).isEqualTo(new Attribution("Pentagon", "John Kirby", "us/defense-department"));
    }

    @Test
    void aRoleNounStandsForTheNearestNamedSource() {
        Attribution a = sourceOfTroops("U.S. State Department spokesperson Matthew Miller said the deployment was confirmed. "
                + "The spokesperson added that up to 10,000 North Korean troops were in Russia.");
        assertThat(a).isEqualTo(new Attribution("U.S. State Department", "Matthew Miller", "us/state-department"));
        assertThat(a.parentKey()).isEqualTo("us");
    }

    @Test
    void aSurnameStandsForThePersonNamedInFullBefore() {
        Attribution a = sourceOfTroops("Pentagon press secretary John Kirby told reporters the plan was set. "
                + "Kirby said 3,000 troops would go to Poland.");
        assertThat(a).isEqualTo(new Attribution("Pentagon", "John Kirby", "us/defense-department"));
    }

    @Test
    void aGenericNounStandsForTheOrganisationNamedBeforeWithoutItsSpeaker() {
        Attribution a = sourceOfTroops("Poland to move troops to Belarus border",
                "Poland will move up to 10,000 additional troops to its border, Defence Minister Mariusz Blaszczak said. "
                        + "On Tuesday the ministry had said that some 2,000 soldiers would be sent to the frontier.");
        assertThat(a.person()).isNull();
        assertThat(a.key()).isEqualTo("pl/defence-ministry");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials said 3,000 troops were sent to the border.
            He said 3,000 troops were sent to the border.
            The spokesperson added that 3,000 troops were sent to the border.
            3,000 troops were sent to the border, the secretary said.
            """)
    void aBareRoleWordOrPronounIsNeverTheSource(String sentence) {
        assertThat(sourceOfTroops(sentence)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The U.S. said 3,000 North Korean troops were in Russia.                         | us
            The United States said 3,000 North Korean troops were in Russia.                | us
            Washington said 3,000 North Korean troops were in Russia.                       | us
            U.S. officials said 3,000 North Korean troops were in Russia.                   | us
            The US State Department said 3,000 North Korean troops were in Russia.          | us/state-department
            The Pentagon said 3,000 North Korean troops were in Russia.                     | us/defense-department
            The Kremlin said 3,000 North Korean troops were in Russia.                      | ru/presidency
            South Korea's Defense Ministry said 3,000 North Korean troops were in Russia.   | kr/defence-ministry
            The Russian Defence Ministry said 3,000 North Korean troops were in Russia.     | ru/defence-ministry
            NATO said 3,000 North Korean troops were in Russia.                             | nato
            """)
    void everySpellingOfASourceHasOneKey(String sentence, String key) {
        assertThat(sourceOfTroops(sentence).key()).isEqualTo(key);
    }

    @Test
    void officialsOfACountryAreTheCountryButPlainOfficialsStayAsWritten() {
        assertThat(sourceOfTroops("U.S. officials said 3,000 North Korean troops were in Russia.").source()).isEqualTo("U.S.");
        assertThat(sourceOfTroops("Western officials said around 2,000 troops were moved.").source()).isEqualTo("Western officials");
    }

    @Test
    void aBodyNamedWithoutItsCountryTakesTheCountryTheSentenceOpensWith() {
        Attribution a = sourceOfTroops("Israel has called up 300,000 reservists, military spokesman Daniel Hagari said.");
        assertThat(a).isEqualTo(new Attribution("Israeli military", "Daniel Hagari", "il/armed-forces"));
        Attribution minister = sourceOfTroops("Poland will move up to 10,000 troops to the border, Defence Minister "
                + "Mariusz Blaszczak said.");
        assertThat(minister).isEqualTo(new Attribution("Polish Defence Ministry", "Mariusz Blaszczak", "pl/defence-ministry"));
    }

    @Test
    void theAllianceStandsForTheOrganisationNamedBeforeItInTheSentence() {
        Attribution a = sourceOfTroops("About 500 Turkish soldiers arrived as part of the 700 troops NATO announced on "
                + "Tuesday, the alliance said.");
        assertThat(a.key()).isEqualTo("nato");
        assertThat(a.source()).isEqualTo("NATO");
    }

    @Test
    void aTitledPersonSpeaksForTheOrganisationTheSentenceNames() {
        Attribution a = sourceOfTroops("NATO will send 700 more troops to Kosovo, Secretary General Jens Stoltenberg said.");
        assertThat(a).isEqualTo(new Attribution("NATO", "Jens Stoltenberg", "nato"));
    }

    @Test
    void aVerbWithoutItsSubjectSharesTheSpeakerOfTheVerbBefore() {
        Attribution a = sourceOfTroops("Western intelligence agencies put the number at roughly 100,000 and say it could "
                + "rise to 175,000 soldiers.");
        assertThat(a.source()).isEqualTo("Western intelligence agencies");
    }

    @Test
    void aBodysNameIsNeverSplitIntoAPerson() {
        Attribution a = sourceOfTroops("About 500 Turkish commandos landed in Pristina, NATO's Joint Force Command Naples said.");
        assertThat(a.person()).isNull();
        assertThat(a.key()).isEqualTo("nato");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bundeswehr                 | de/defence-ministry
            Mossad                     | il/mossad
            Kremlin                    | ru/presidency
            Defence Minister           | defence-ministry
            North Atlantic Treaty Organization | nato
            """)
    void sourceKeysComeFromTheGazetteerOfBodies(String name, String key) {
        assertThat(new SourceKeys(Vocabulary.defaults()).key(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            About 3,000 troops will deploy, a senior U.S. official said.                        | U.S.     | -            | us
            About 3,000 troops will deploy, a spokesperson for the Pentagon said.               | Pentagon | -            | us/defense-department
            About 3,000 troops will deploy, the Pentagon's press secretary said.                | Pentagon | -            | us/defense-department
            John Kirby, the Pentagon spokesman, said about 3,000 troops would deploy to Poland. | Pentagon | John Kirby   | us/defense-department
            "We have 3,000 troops ready," said Rustem Umerov, Ukraine's defence minister.       | Ukrainian Defence Ministry | Rustem Umerov | ua/defence-ministry
            """)
    void theWordsAroundASourceAreNoPartOfIt(String sentence, String source, String person, String key) {
        assertThat(sourceOfTroops(sentence)).isEqualTo(new Attribution(source, person, key));
    }

    @Test
    void aPersonTheGazetteerKnowsSpeaksForTheirCountryOrOrganisation() {
        assertThat(sourceOfTroops("Macron said roughly 1,500 soldiers would leave the country by the end of the year."))
                .isEqualTo(new Attribution("France", "Emmanuel Macron", "fr"));
        assertThat(sourceOfTroops("Stoltenberg told reporters on Monday that 700 soldiers would reinforce the mission."))
                .isEqualTo(new Attribution("NATO", "Jens Stoltenberg", "nato"));
        assertThat(sourceOfTroops("Emmanuel Macron said 1,500 soldiers would leave the country.").key()).isEqualTo("fr");
        // a person the gazetteer does not know is credited to no country
        assertThat(sourceOfTroops("Jan Novak said 1,500 soldiers would leave the country.").display())
                .isEqualTo("Jan Novak");
    }

    @Test
    void aCountrysBodyWrittenWithAPossessiveShowsTheGazetteersName() {
        assertThat(sourceOfTroops("France's armed forces ministry said the 1,500 soldiers would be home by December."))
                .isEqualTo(new Attribution("French Armed Forces Ministry", null, "fr/armed-forces-ministry"));
    }

    @Test
    void anActingOrInterimTitleIsNoPartOfTheOrganisation() {
        Attribution a = sourceOfTroops("Pentagon sends troops to the border", "The Pentagon will send 2,000 troops to "
                + "the border, acting Defense Secretary Jane Roe said on Friday.");
        assertThat(a.person()).isEqualTo("Jane Roe");
        assertThat(a.key()).isEqualTo("us/defense-department");
        assertThat(a.source()).isEqualTo("Pentagon");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Latvian general staff put the number of soldiers taking part at about 4,000.        | Latvian general staff
            Estimates differ: Vilnius speaks of 4,000 troops, while Moscow has spoken of 9,000.   | Moscow
            Riga speaks of 4,000 troops taking part in the drills.                                | Riga
            """)
    void speakersOfFiguresGivenAsEstimatesOrAccounts(String sentence, String source) {
        assertThat(sourceOfTroops(sentence).source()).isEqualTo(source);
        assertThat(sourceOfTroops("Riga speaks of 4,000 troops taking part in the drills.").key()).isEqualTo("lv");
    }

    @Test
    void aPartyInParenthesesAndAnOfficeBeforeTheNameLeaveTheBodyTheOfficeBelongsTo() {
        assertThat(sourceOfTroops("Czech Defence Minister Jan Novak (ANO) said the army could deploy up to 2,600 soldiers."))
                .isEqualTo(new Attribution("Czech Defence Ministry", "Jan Novak", "cz/defence-ministry"));
        assertThat(sourceOfTroops("Russian Defence Minister Ivan Petrov said 300,000 reservists would be called up."))
                .isEqualTo(new Attribution("Russian Defence Ministry", "Ivan Petrov", "ru/defence-ministry"));
        Attribution chief = sourceOfTroops("The army can send 900 soldiers within two days, Chief of Staff Karel Dvorak "
                + "mentioned on Saturday.");
        assertThat(chief.person()).isEqualTo("Karel Dvorak");
        assertThat(chief.source()).isNotEqualTo("Staff").contains("Chief of Staff");
        assertThat(sourceOfTroops("The army can provide 1,500 soldiers, the general staff wrote in a press release.").key())
                .isEqualTo("general-staff");
    }

    @Test
    void aRoleNounStandsForAPersonNamedWithTheirOfficeBeforeThoughNotAsASpeaker() {
        Attribution a = sourceOfTroops("NATO sends more troops", "NATO Secretary General Jens Stoltenberg visited the "
                + "headquarters on Monday. The secretary general said 700 soldiers would arrive within days.");
        assertThat(a).isEqualTo(new Attribution("NATO", "Jens Stoltenberg", "nato"));
        // nobody named with an office before: the role word alone is no source
        assertThat(sourceOfTroops("The minister said 1,200 soldiers would be sent to the border.")).isNull();
    }

    @Test
    void outletsThatNameOneAgencyDifferentlyShareItsShownNameAndKey() {
        Attribution spyAgency = sourceOfTroops("About 9,000 troops were moved, South Korea's spy agency said.");
        Attribution named = sourceOfTroops("South Korea's National Intelligence Service said about 9,000 troops were moved.");
        assertThat(spyAgency).isEqualTo(named);
        assertThat(named.key()).isEqualTo("kr/nis");
        // a body every country has, shown with the country's adjective when the gazetteer has no name of its own
        assertThat(sourceOfTroops("About 900 troops were moved, Latvia's spy agency said."))
                .isEqualTo(new Attribution("Latvian spy agency", null, "lv/intelligence-service"));
    }
}
