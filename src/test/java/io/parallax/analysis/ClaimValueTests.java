package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each value type says itself, knows what it can be true together with, and how vague it is. */
class ClaimValueTests {

    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of(DateValue.of(LocalDate.of(2024, 10, 24)), "24 Oct 2024"),
                Arguments.of(DateValue.of(YearMonth.of(2024, 6)), "June 2024"),
                Arguments.of(DateValue.of(Year.of(1953)), "1953"),
                Arguments.of(new TroopCountValue(3000, 3000, Qualifier.EXACT), "3,000"),
                Arguments.of(new TroopCountValue(3000, 3000, Qualifier.APPROXIMATE), "about 3,000"),
                Arguments.of(new TroopCountValue(null, 10000, Qualifier.AT_MOST), "up to 10,000"),
                Arguments.of(new TroopCountValue(10000, null, Qualifier.AT_LEAST), "at least 10,000"),
                Arguments.of(new TroopCountValue(10000, 12000, Qualifier.RANGE), "10,000–12,000"),
                Arguments.of(new TroopCountValue(1000, null, Qualifier.VAGUE), "more than 1,000 (vague)"),
                Arguments.of(new TroopCountValue(null, null, Qualifier.VAGUE), "an unstated number"),
                Arguments.of(new VoteValue("State Duma", 397, 0, null, true), "State Duma: 397–0 (unanimous)"),
                Arguments.of(new VoteValue("Federation Council", null, null, null, true), "Federation Council: unanimous"),
                Arguments.of(new VoteValue(null, 204, 85, 3, false), "Unknown chamber: 204–85, 3 abstaining"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("labels")
    void eachValueSaysItselfTheWayAReaderWould(ClaimValue value, String label) {
        assertThat(value.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"2024-10-24,DAY,2024-10-24,DAY,true", "2024-10,MONTH,2024-10-24,DAY,true", "2024,YEAR,2024-06,MONTH,true",
            "2024,YEAR,2024-12-31,DAY,true", "2024-10-24,DAY,2024-10-23,DAY,false", "2024-06,MONTH,2024-10,MONTH,false",
            "2023,YEAR,2024-01-01,DAY,false", "2024-10,MONTH,2024-11-01,DAY,false"})
    void datesAreCompatibleWhenOneContainsTheOther(String a, DatePrecision pa, String b, DatePrecision pb, boolean expected) {
        DateValue x = new DateValue(a, pa);
        DateValue y = new DateValue(b, pb);
        assertThat(x.compatibleWith(y)).isEqualTo(expected);
        assertThat(y.compatibleWith(x)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}-{2} vs {3} {4}-{5}: {6}")
    @CsvSource(nullValues = "-", value = {
            "AT_MOST,-,10000, APPROXIMATE,10000,10000, true",
            "VAGUE,1000,-, EXACT,3000,3000, true",
            "AT_LEAST,10000,-, APPROXIMATE,10000,10000, true",
            "RANGE,10000,12000, EXACT,11000,11000, true",
            "EXACT,3000,3000, AT_MOST,-,10000, false",
            "APPROXIMATE,3000,3000, APPROXIMATE,10000,10000, false",
            "RANGE,10000,12000, EXACT,3000,3000, false"})
    void troopCountsAreCompatibleWhenTheirPlausibleValuesOverlap(Qualifier q1, Integer min1, Integer max1, Qualifier q2,
            Integer min2, Integer max2, boolean expected) {
        TroopCountValue a = new TroopCountValue(min1, max1, q1);
        TroopCountValue b = new TroopCountValue(min2, max2, q2);
        assertThat(a.compatibleWith(b)).isEqualTo(expected);
        assertThat(b.compatibleWith(a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}-{2} unanimous={3} vs {4} {5}-{6} unanimous={7}: {8}")
    @CsvSource(nullValues = "-", value = {
            "State Duma,-,-,true, State Duma,397,0,true, true",
            "State Duma,-,-,true, State Duma,397,3,false, false",
            "State Duma,397,0,true, State Duma,390,0,true, false",
            "State Duma,397,0,true, Federation Council,397,0,true, false",
            "-,397,0,false, State Duma,397,0,true, true"})
    void votesAreCompatibleWithTheSameChamberAndTally(String c1, Integer f1, Integer a1, boolean u1, String c2, Integer f2,
            Integer a2, boolean u2, boolean expected) {
        VoteValue a = new VoteValue(c1, f1, a1, null, u1);
        VoteValue b = new VoteValue(c2, f2, a2, null, u2);
        assertThat(a.compatibleWith(b)).isEqualTo(expected);
        assertThat(b.compatibleWith(a)).isEqualTo(expected);
    }

    @Test
    void valuesOfDifferentKindsAreNeverCompatible() {
        assertThat(DateValue.of(Year.of(2024)).compatibleWith(new TroopCountValue(2024, 2024, Qualifier.EXACT))).isFalse();
        assertThat(new TroopCountValue(397, 397, Qualifier.EXACT).compatibleWith(new VoteValue(null, 397, 0, null, true))).isFalse();
    }

    static Stream<Arguments> vagueness() {
        return Stream.of(
                Arguments.of(DateValue.of(LocalDate.of(2024, 10, 24)), DateValue.of(YearMonth.of(2024, 10))),
                Arguments.of(DateValue.of(YearMonth.of(2024, 10)), DateValue.of(Year.of(2024))),
                Arguments.of(new TroopCountValue(3000, 3000, Qualifier.EXACT), new TroopCountValue(3000, 3000, Qualifier.APPROXIMATE)),
                Arguments.of(new TroopCountValue(3000, 3000, Qualifier.APPROXIMATE), new TroopCountValue(null, 10000, Qualifier.AT_MOST)),
                Arguments.of(new TroopCountValue(null, 10000, Qualifier.AT_MOST), new TroopCountValue(1000, null, Qualifier.VAGUE)),
                Arguments.of(new VoteValue("State Duma", 397, 0, null, true), new VoteValue("State Duma", null, null, null, true)));
    }

    @ParameterizedTest(name = "{0} is more specific than {1}")
    @MethodSource("vagueness")
    void moreSpecificValuesAreLessVague(ClaimValue specific, ClaimValue vague) {
        assertThat(specific.vagueness()).isLessThan(vague.vagueness());
    }

    @Test
    void aDateHoldsAJavaTimeValueAtItsPrecision() {
        DateValue month = new DateValue("2024-06", DatePrecision.MONTH);
        assertThat(month.when()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(month.day()).isNull();
        assertThat(month.firstDay()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(new DateValue("1953", DatePrecision.YEAR).when()).isEqualTo(Year.of(1953));
        assertThat(new DateValue("2024-10-24", DatePrecision.DAY).iso()).isEqualTo("2024-10-24");
        assertThatThrownBy(() -> new DateValue(java.time.LocalDateTime.of(2024, 10, 24, 12, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachKindKnowsItsRecordLabelAndSlug() {
        for (ClaimType type : ClaimType.values()) {
            assertThat(type.valueType().isRecord()).isTrue();
        }
        assertThat(ClaimType.TROOP_COUNT.label()).isEqualTo("Troop count");
        assertThat(ClaimType.TROOP_COUNT.slug()).isEqualTo("troop-count");
        assertThat(new VoteValue(null, null, null, null, true).type()).isEqualTo(ClaimType.VOTE);
    }

    @Test
    void spansKnowTheirTextAndOverlaps() {
        Span a = new Span(4, 10);
        assertThat(a.of("The Oct. 24 vote")).isEqualTo("Oct. 2");
        assertThat(a.overlaps(new Span(9, 12))).isTrue();
        assertThat(a.overlaps(new Span(10, 12))).isFalse();
        assertThat(a.contains(new Span(5, 6))).isTrue();
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
