package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parallax.claim.ClaimValueJson;

/**
 * Adds a kind of claim the way the README says a new kind is added, without touching the engine: a value record and a
 * normaliser (below), a rule file and one service line (under {@code src/test/resources/toy-claim-type/}). The toy's
 * resources sit outside the test class path and are seen only through their own class loader, so no other test ever
 * meets a unicorn.
 */
class ToyClaimTypeTests {

    /** The toy's value record. */
    public record UnicornSightingValue(long unicorns) implements ClaimValue {

        @Override
        public ClaimType type() {
            return ClaimType.of("UNICORN_SIGHTING", UnicornSightingValue.class);
        }

        @Override
        public String label() {
            return unicorns == 1 ? "1 unicorn" : String.format("%,d unicorns", unicorns);
        }

        @Override
        public boolean compatibleWith(ClaimValue other) {
            return other instanceof UnicornSightingValue o && o.unicorns == unicorns;
        }

        @Override
        public int vagueness() {
            return 0;
        }
    }

    /** The toy's normaliser, listed in the toy's {@code META-INF/services/io.parallax.analysis.ClaimNormaliser}. */
    public static final class UnicornSightings implements ClaimNormaliser {

        @Override
        public String name() {
            return "UNICORN_SIGHTING";
        }

        @Override
        public Class<? extends ClaimValue> valueType() {
            return UnicornSightingValue.class;
        }

        @Override
        public String ruleFile() {
            return "unicorn.rules";
        }

        @Override
        public int precedence() {
            return 25;
        }

        @Override
        public ClaimValue normalise(Match match) {
            long n = match.number(match.group("n"));
            return n <= 0 ? null : new UnicornSightingValue(n);
        }
    }

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 6);
    private static URLClassLoader toy;

    @BeforeAll
    static void loadTheToy() throws Exception {
        URL root = ToyClaimTypeTests.class.getResource("/toy-claim-type/");
        assertThat(root).isNotNull();
        toy = new URLClassLoader(new URL[] {root}, ToyClaimTypeTests.class.getClassLoader());
    }

    @AfterAll
    static void close() throws Exception {
        toy.close();
    }

    @Test
    void theRegistryDiscoversTheToyTypeFromItsServiceLine() {
        List<ClaimType> found = ClaimType.discover(toy);

        assertThat(found).extracting(ClaimType::name).containsExactly("UNICORN_SIGHTING");
        assertThat(found.get(0).valueType()).isEqualTo(UnicornSightingValue.class);
        assertThat(found.get(0).label()).isEqualTo("Unicorn sighting");
        assertThat(found.get(0).slug()).isEqualTo("unicorn-sighting");
        // the application's own registry does not see the toy's resources
        assertThat(Arrays.stream(ClaimType.values()).map(ClaimType::name)).containsExactly("DATE", "TROOP_COUNT", "VOTE");
        assertThatThrownBy(() -> ClaimType.valueOf("UNICORN_SIGHTING")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExtractorThatSeesTheToyFindsItsClaimsBesideTheBuiltInOnes() {
        ClaimExtractor extractor = new ClaimExtractor(Vocabulary.defaults(), toy);
        String body = "Villagers said 12 white unicorns were sighted near the border on Tuesday. "
                + "A shepherd later spotted three more. Witnesses insist that twenty unicorns were seen at dawn.";

        List<Claim> claims = extractor.extract(new ArticleText("Unicorns near the border", body), PUBLISHED);

        List<Claim> unicorns = claims.stream().filter(c -> c.type().name().equals("UNICORN_SIGHTING")).toList();
        assertThat(unicorns).extracting(Claim::text).containsExactly("12 white unicorns were sighted", "twenty unicorns were seen");
        assertThat(unicorns).extracting(c -> c.value().label()).containsExactly("12 unicorns", "20 unicorns");
        assertThat(unicorns.get(0).subject()).isEqualTo(new Subject("unicorn-sighting/white-unicorns", "White unicorns"));
        assertThat(unicorns.get(0).value().compatibleWith(new UnicornSightingValue(12))).isTrue();
        // the built-in kinds still read the same text: "Tuesday" is the Tuesday before publication
        assertThat(claims).filteredOn(c -> c.type() == ClaimType.DATE).extracting(c -> c.value().label())
                .containsExactly("5 Nov 2024");
    }

    @Test
    void theDefaultExtractorKnowsNothingOfUnicorns() {
        List<Claim> claims = ClaimExtractor.withDefaultVocabulary()
                .extract(new ArticleText(null, "Witnesses insist that twenty unicorns were seen at dawn."), PUBLISHED);

        assertThat(claims).isEmpty();
    }

    @Test
    void theToyValueIsStoredAndReadBackByItsRecordComponents() {
        UnicornSightingValue value = new UnicornSightingValue(12);

        String json = ClaimValueJson.write(value);

        assertThat(json).isEqualTo("{\"unicorns\":12}");
        assertThat(ClaimValueJson.read(value.type(), json)).isEqualTo(value);
    }
}
