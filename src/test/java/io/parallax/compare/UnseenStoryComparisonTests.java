package io.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.parallax.IntegrationTest;

/**
 * A story none of the seeds or rules were written for, end to end: a national parliament passes a defence bill while
 * two allies announce troop deployments to the same country, told by four outlets in four wordings. Posted through
 * the API, the comparison must give one row per real fact:
 * <ol>
 * <li>the vote on the bill (72 for, 11 against), in every article;</li>
 * <li>the date of that vote (Wednesday 14 May 2025), in every article;</li>
 * <li>the British deployment to Estonia (about 900 troops), in every article;</li>
 * <li>the French deployment to Estonia (300 troops), in every article.</li>
 * </ol>
 */
@IntegrationTest
class UnseenStoryComparisonTests {

    static final String STORY = "Estonia defence bill 2025";
    static final String SLUG = "estonia-defence-bill-2025";

    /** Outlet, publication date, title, body: written for this test in the forms real coverage uses. */
    static final List<String[]> ARTICLES = List.of(
            new String[] {"Baltic Wire", "2025-05-14", "Estonian parliament passes defence bill as Britain pledges more troops",
                    """
                    Estonia's parliament on Wednesday passed a bill that lets the government spend more on air defence \
                    and build new training grounds, with 72 lawmakers voting in favour and 11 against.

                    The Riigikogu has 101 seats. Prime Minister Kristen Michal said the law would make the country's \
                    defence "stronger and faster".

                    Britain will send about 900 more troops to Estonia, the Ministry of Defence in London said in a \
                    statement. France said it would send 300 soldiers to Estonia."""},
            new String[] {"Nordic Daily", "2025-05-15", "Tallinn backs defence spending law",
                    """
                    Estonian lawmakers approved the defence investment bill 72-11 on Wednesday.

                    The vote came as allies stepped up their presence on NATO's eastern flank: the British government \
                    said some 900 soldiers would deploy to Estonia, and Paris pledged 300 troops for Estonia."""},
            new String[] {"Euro Desk", "2025-05-15", "Estonia's Riigikogu approves defence bill",
                    """
                    The Riigikogu voted 72 to 11 on May 14 to pass the bill.

                    London is sending roughly 900 troops to Estonia, while France will send 300 soldiers to Estonia \
                    as well."""},
            new String[] {"Tallinn Times", "2025-05-16", "What the new defence law changes",
                    """
                    The bill, adopted on Wednesday, May 14, by 72 votes to 11, takes effect once the president signs it.

                    British Defence Secretary John Healey said 900 soldiers would travel to Estonia. France is sending \
                    300 troops to Estonia."""});

    private static boolean posted;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void postTheArticlesOnce() throws Exception {
        if (posted) {
            return;
        }
        for (String[] a : ARTICLES) {
            String json = """
                    {"outlet": %s, "url": %s, "title": %s, "publishedAt": %s, "story": %s, "body": %s}
                    """.formatted(quote(a[0]), quote("https://" + a[0].toLowerCase().replace(' ', '-') + ".example/estonia-bill"),
                    quote(a[2]), quote(a[1]), quote(STORY), quote(a[3]));
            mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                            .contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isCreated());
        }
        posted = true;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private String comparison() throws Exception {
        return mvc.perform(get("/api/comparison").param("story", SLUG).param("from", "2025-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<Map<String, Object>> rows(String json, String type) {
        List<Map<String, Object>> rows = JsonPath.read(json, "$.rows[?(@.type == '" + type + "')]");
        return rows;
    }

    private static List<Map<String, Object>> cells(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
        return cells;
    }

    private static Set<Object> outlets(Map<String, Object> row) {
        return cells(row).stream().map(c -> c.get("outlet")).collect(Collectors.toSet());
    }

    @Test
    void allFourArticlesAreInTheStory() throws Exception {
        String json = comparison();
        assertThat(JsonPath.<Integer>read(json, "$.articles")).isEqualTo(4);
        assertThat(JsonPath.<List<String>>read(json, "$.outlets"))
                .containsExactlyInAnyOrder("Baltic Wire", "Nordic Daily", "Euro Desk", "Tallinn Times");
    }

    @Test
    void theStoryGivesOneRowPerRealFact() throws Exception {
        String json = comparison();
        List<Map<String, Object>> rows = JsonPath.read(json, "$.rows");
        assertThat(rows).as("rows: %s", rows.stream().map(r -> r.get("type") + " " + r.get("subject")).toList())
                .hasSize(4);
        assertThat(rows(json, "VOTE")).hasSize(1);
        assertThat(rows(json, "DATE")).hasSize(1);
        assertThat(rows(json, "TROOP_COUNT")).hasSize(2);
    }

    @Test
    void theVoteRowHoldsTheTallyFromEveryOutlet() throws Exception {
        List<Map<String, Object>> votes = rows(comparison(), "VOTE");
        assertThat(votes).hasSize(1);
        Map<String, Object> vote = votes.get(0);
        assertThat(vote.get("disagreement")).isEqualTo(false);
        assertThat(outlets(vote)).containsExactlyInAnyOrder("Baltic Wire", "Nordic Daily", "Euro Desk", "Tallinn Times");
        for (Map<String, Object> cell : cells(vote)) {
            assertThat(cell.get("votesFor")).isEqualTo(72);
            assertThat(cell.get("votesAgainst")).isEqualTo(11);
            assertThat(String.valueOf(cell.get("chamber"))).containsIgnoringCase("Riigikogu");
        }
    }

    @Test
    void theDateOfTheVoteIsOneRowThatAgrees() throws Exception {
        String json = comparison();
        List<Map<String, Object>> dates = rows(json, "DATE");
        assertThat(dates).hasSize(1);
        Map<String, Object> date = dates.get(0);
        assertThat(date.get("disagreement")).isEqualTo(false);
        assertThat(outlets(date)).containsExactlyInAnyOrder("Baltic Wire", "Nordic Daily", "Euro Desk", "Tallinn Times");
        assertThat(cells(date)).allSatisfy(c -> assertThat(c.get("date")).isEqualTo("2025-05-14"));
    }

    @Test
    void eachDeploymentIsOneRowWithEveryOutletsFigure() throws Exception {
        List<Map<String, Object>> troops = rows(comparison(), "TROOP_COUNT");
        assertThat(troops).hasSize(2);
        Map<String, Object> british = troops.stream()
                .filter(r -> cells(r).stream().anyMatch(c -> Integer.valueOf(900).equals(c.get("max")))).findFirst()
                .orElseThrow();
        Map<String, Object> french = troops.stream()
                .filter(r -> cells(r).stream().anyMatch(c -> Integer.valueOf(300).equals(c.get("max")))).findFirst()
                .orElseThrow();
        assertThat(outlets(british)).containsExactlyInAnyOrder("Baltic Wire", "Nordic Daily", "Euro Desk", "Tallinn Times");
        assertThat(outlets(french)).containsExactlyInAnyOrder("Baltic Wire", "Nordic Daily", "Euro Desk", "Tallinn Times");
        assertThat(cells(british)).allSatisfy(c -> assertThat(c.get("min")).isEqualTo(900));
        assertThat(cells(french)).allSatisfy(c -> assertThat(c.get("max")).isEqualTo(300));
        // "about 900", "some 900", "roughly 900" and "900" can all be true at once.
        assertThat(british.get("disagreement")).isEqualTo(false);
        assertThat(french.get("disagreement")).isEqualTo(false);
    }
}
