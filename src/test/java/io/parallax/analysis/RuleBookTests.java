package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule book: its folder per language, macros from word lists and the calendar, normalisation tables. */
class RuleBookTests {

    private static final RuleBook EN = RuleBook.english();

    @Test
    void monthAndWeekdayNamesComeFromTheCalendarOfTheLanguage() {
        assertThat(EN.words("month")).contains("January", "December", "Jan", "Sep", "Sept");
        assertThat(EN.words("weekday")).containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                "Saturday", "Sunday");
        assertThat(EN.value("month", "sept")).isEqualTo("9");
        assertThat(EN.value("month", "October")).isEqualTo("10");
        assertThat(EN.value("weekday", "thursday")).isEqualTo("4");
    }

    @Test
    void aLanguageWithoutAFolderHasNoRules() {
        assertThat(RuleBook.forLanguage("xx")).isEmpty();
        assertThat(RuleBook.forLanguage("en")).isPresent();
        assertThat(RuleBook.forLanguage("en-GB")).containsSame(EN);
    }

    @Test
    void macrosExpandToLongestFirstAlternationsWithFlexibleSpaces() {
        Pattern hedge = Pattern.compile("^" + EN.expand("(?i:%hedge)") + "$");
        assertThat(hedge.matcher("no more than").matches()).isTrue();
        assertThat(hedge.matcher("up   to").matches()).isTrue();
        assertThat(hedge.matcher("upward of").matches()).isTrue();
        assertThat(hedge.matcher("upon").matches()).isFalse();
        assertThatThrownBy(() -> EN.expand("%noSuchMacro")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noSuchMacro");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hedge         | up to         | AT_MOST
            hedge         | upward of     | AT_LEAST
            hedge         | roughly       | APPROXIMATE
            vagueAmount   | tens of thousands | 10000
            relativeDay   | yesterday     | -1
            anaphoricDay  | the day before | -1
            voteMatter    | impeach       | impeachment
            voteMatter    | no-confidence | no-confidence
            """)
    void tablesNormalisePhrases(String table, String phrase, String value) {
        assertThat(EN.value(table, phrase)).isEqualTo(value);
    }

    @Test
    void everyRuleIsNamedCompiledAndHasANormaliser() {
        for (String file : RuleBook.RULE_FILES) {
            for (RuleBook.Rule r : EN.rules(file)) {
                assertThat(r.pattern()).as(r.name()).isNotNull();
                assertThat(r.norm()).as(r.name()).isNotBlank();
            }
        }
        assertThat(EN.rules("date.rules")).extracting(RuleBook.Rule::name)
                .contains("iso_date", "weekday_month_day", "month_day", "on_the_nth", "anaphoric_day", "year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Russia", "Russian", "Kremlin", "Moscow", "Pentagon", "White House", "Downing Street",
            "Seoul", "Pyongyang", "Taiwan", "Kosovo", "Palestine", "Vatican", "Tuvalu", "Eswatini", "Bhutan"})
    void theGazetteerKnowsEveryCountryItsCapitalAndItsMetonyms(String name) {
        Vocabulary v = Vocabulary.defaults();
        assertThat(v.places(name, 0, name.length())).hasSize(1);
    }

    @Test
    void theGazetteerHoldsEveryUnMemberStateAndFourMore() {
        long countries = EN.gazetteer("countries.txt").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertThat(countries).isEqualTo(193 + 4 + 1);   // plus the European Union
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            russia       | lower     | State Duma
            russia       | upper     | Federation Council
            russia       | any       | State Duma
            us           | upper     | U.S. Senate
            ukraine      | lower     | Verkhovna Rada
            south-korea  | any       | National Assembly
            poland       | lower     | Sejm
            india        | upper     | Rajya Sabha
            israel       | any       | Knesset
            turkey       | any       | Grand National Assembly
            """)
    void aRoleNamesTheChamberOfACountry(String country, String role, String chamber) {
        assertThat(Vocabulary.defaults().chamberOf(country, role).name()).isEqualTo(chamber);
    }

    @Test
    void governmentBodiesAreKeyedUnderTheirCountry() {
        Vocabulary v = Vocabulary.defaults();
        assertThat(v.body("State Department").key()).isEqualTo("us/state-department");
        assertThat(v.body("the Pentagon".substring(4)).key()).isEqualTo("us/defense-department");
        assertThat(v.body("U.S. Department of Defense").key()).isEqualTo("us/defense-department");
        assertThat(v.body("NIS").country()).isEqualTo("south-korea");
    }
}
