package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One article of 1 MB with thousands of claims: every page and API answer about it stays small, and the rest of it is
 * reachable through the answers' links. (Before paging, this article made its page 38 MB, its outlet's page 146 MB and
 * the comparison 63 MB.)
 */
@BoundsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedAnswersTests {

    /** The most any page or API answer about the long article may weigh. */
    private static final int MAX_ANSWER = 512 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long id;
    String outlet;
    String story;
    long claims;

    @BeforeAll
    void storeALongArticle() throws Exception {
        String body = longBody();
        assertThat(body.length()).isBetween(1_000_000, 1_040_000);
        String json = "{\"outlet\":\"Bounds Gazette\",\"title\":\"A very long report\",\"publishedAt\":\"2024-11-10\","
                + "\"story\":\"Bounds test story\",\"body\":" + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body) + "}";
        String created = mvc.perform(post("/api/articles").with(httpBasic("admin", "test-password"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse().getContentAsString();
        id = ((Number) JsonPath.read(created, "$.id")).longValue();
        outlet = JsonPath.read(created, "$.outlet.slug");
        story = jdbc.sql("select s.slug from story s join article a on a.story_id = s.id where a.id = ?").param(id)
                .query(String.class).single();
        claims = jdbc.sql("select count(*) from claim where article_id = ?").param(id).query(Long.class).single();
        assertThat(claims).as("claims found in the long article").isGreaterThan(3_000);
    }

    /** About 1 MB: report paragraphs full of dates, troop counts and votes, filler between them, and a run-on paragraph. */
    private static String longBody() {
        String[] claimed = {
                "On Oct. 24 the State Duma voted 397-0 to ratify the treaty with North Korea, officials said.",
                "Up to 10,000 North Korean troops were sent to Russia, the State Department said on Thursday.",
                "About 3,000 soldiers arrived in the Kursk region on Nov. 6, Lloyd Austin told reporters."};
        String filler = "Residents of the border towns described long queues at the bakeries and quiet streets after dark. "
                + "Local officials declined to comment on the reports, and the regional newspaper did not appear this week. ";
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 940_000; i++) {
            b.append(claimed[i % claimed.length]).append(' ').append(filler).append(filler).append("\n\n");
        }
        // A paragraph without a full stop: one "sentence" of 60,000 characters with claims inside.
        while (b.length() < 1_000_000) {
            b.append("and up to 10,000 troops moved on Oct. 24 while the roads stayed closed to traffic ");
        }
        return b.append("end of report.").toString();
    }

    private MockHttpServletResponse fetch(String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    private static int bytes(MockHttpServletResponse response) {
        return response.getContentAsByteArray().length;
    }

    /** The link to the next page of the list the anchor names ({@code #body}, {@code #claims}...). */
    private static String nextLink(String html, String anchor) {
        Matcher m = Pattern.compile("<a rel=\"next\" href=\"([^\"#]*" + anchor + ")\"").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private static int count(String html, String text) {
        int n = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theArticlePageComesInSmallPartsWhoseNextLinksReachEveryClaim() throws Exception {
        MockHttpServletResponse first = fetch("/articles/" + id);
        assertThat(first.getStatus()).isEqualTo(200);
        String html = first.getContentAsString();
        Matcher parts = Pattern.compile("Part 1 of (\\d+)").matcher(html);
        assertThat(parts.find()).isTrue();
        int total = Integer.parseInt(parts.group(1));
        assertThat(total).isGreaterThan(10);

        int pages = 0;
        long rows = 0;
        int largest = 0;
        String uri = "/articles/" + id;
        while (uri != null) {
            MockHttpServletResponse page = fetch(uri);
            assertThat(page.getStatus()).as(uri).isEqualTo(200);
            largest = Math.max(largest, bytes(page));
            html = page.getContentAsString();
            pages++;
            assertThat(html.contains("Part " + pages + " of " + total)).as("part %d of %d at %s", pages, total, uri).isTrue();
            rows += count(html, "class=\"claim-row ");
            uri = nextLink(html, "#body");
        }
        System.out.printf("Article page: %d parts, largest %,d bytes, first %,d bytes%n", pages, largest, bytes(first));
        assertThat(largest).isLessThan(MAX_ANSWER);
        assertThat(pages).isEqualTo(total);
        assertThat(rows).isEqualTo(claims);
        assertThat(fetch("/articles/" + id + "?part=" + (total + 1)).getStatus()).isEqualTo(404);
        assertThat(fetch("/articles/" + id + "?part=0").getStatus()).isEqualTo(400);
    }

    @Test
    void theTextAsReceivedComesInPartsToo() throws Exception {
        String html = fetch("/articles/" + id + "?received=2").getContentAsString();
        assertThat(html.contains("Characters 20001 to 40000, part 2 of")).isTrue();
        assertThat(html.contains("<details class=\"original\" id=\"received\" open")).isTrue();
        assertThat(nextLink(html, "#received")).contains("received=3");
    }

    @Test
    void aLinkToAClaimOpensThePartItStandsIn() throws Exception {
        long last = jdbc.sql("select max(id) from claim where article_id = ?").param(id).query(Long.class).single();
        String html = fetch("/articles/" + id + "?claim=" + last).getContentAsString();
        assertThat(html.contains("id=\"claim-" + last + "\"")).as("the claim is marked").isTrue();
        assertThat(html.contains("Part 1 of")).as("not the first part").isFalse();
    }

    @Test
    void theClaimsApiAnswersAPageAtATimeAndItsNextLinksReachEveryClaim() throws Exception {
        MockHttpServletResponse first = fetch("/api/articles/" + id + "/claims");
        assertThat(bytes(first)).isLessThan(200_000);
        String json = first.getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.size")).isEqualTo(100);
        assertThat(JsonPath.<List<?>>read(json, "$.items")).hasSize(100);
        assertThat(((Number) JsonPath.read(json, "$.total")).longValue()).isEqualTo(claims);

        Set<Integer> seen = new HashSet<>();
        int largest = 0;
        int longestSentence = 0;
        String uri = "/api/articles/" + id + "/claims?size=500";
        while (uri != null) {
            MockHttpServletResponse page = fetch(uri);
            assertThat(page.getStatus()).isEqualTo(200);
            largest = Math.max(largest, bytes(page));
            json = page.getContentAsString();
            seen.addAll(JsonPath.<List<Integer>>read(json, "$.items[*].id"));
            for (String sentence : JsonPath.<List<String>>read(json, "$.items[*].sentence")) {
                longestSentence = Math.max(longestSentence, sentence.length());
            }
            uri = JsonPath.read(json, "$.next");
        }
        System.out.printf("Claims API: %d claims, largest page %,d bytes, longest sentence %d%n", seen.size(), largest, longestSentence);
        assertThat(seen).hasSize((int) claims);
        assertThat(largest).isLessThan(MAX_ANSWER);
        assertThat(longestSentence).isBetween(500, 602);
    }

    @Test
    void badPageValuesAreProblemsNamingTheParameter() throws Exception {
        for (Map.Entry<String, String> bad : Map.of("size=501", "size", "size=0", "size", "page=0", "page", "page=abc", "page",
                "page=99999999999", "page").entrySet()) {
            MockHttpServletResponse answer = fetch("/api/articles/" + id + "/claims?" + bad.getKey());
            assertThat(answer.getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.getContentType()).startsWith("application/problem+json");
            assertThat(JsonPath.<String>read(answer.getContentAsString(), "$.errors[0].field")).isEqualTo(bad.getValue());
        }
        assertThat(fetch("/api/comparison?story=" + story + "&size=101").getStatus()).isEqualTo(400);
        assertThat(fetch("/outlets/" + outlet + "?claims=0").getStatus()).isEqualTo(400);
    }

    @Test
    void theOutletPageListsItsClaimsAPageAtATime() throws Exception {
        MockHttpServletResponse first = fetch("/outlets/" + outlet);
        assertThat(first.getStatus()).isEqualTo(200);
        String html = first.getContentAsString();
        System.out.printf("Outlet page: %,d bytes%n", bytes(first));
        assertThat(bytes(first)).isLessThan(MAX_ANSWER);
        assertThat(html.contains("Claims 1 to 100 of " + claims)).isTrue();
        assertThat(count(html, "class=\"claim-row ")).isEqualTo(100);

        String next = nextLink(html, "#claims");
        assertThat(next).contains("claims=2");
        html = fetch(next).getContentAsString();
        assertThat(html.contains("Claims 101 to 200 of " + claims)).isTrue();

        long lastPage = (claims + 99) / 100;
        MockHttpServletResponse last = fetch("/outlets/" + outlet + "?claims=" + lastPage);
        assertThat(bytes(last)).isLessThan(MAX_ANSWER);
        html = last.getContentAsString();
        assertThat(html.contains("to " + claims + " of " + claims)).isTrue();
        assertThat(count(html, "class=\"claim-row ")).isEqualTo((int) (claims - (lastPage - 1) * 100));
        assertThat(nextLink(html, "#claims")).isNull();
    }

    @Test
    void theComparisonApiIsBoundedAndLinksToEveryClaimOfALongRow() throws Exception {
        MockHttpServletResponse answer = fetch("/api/comparison?story=" + story);
        assertThat(answer.getStatus()).isEqualTo(200);
        System.out.printf("Comparison API: %,d bytes%n", bytes(answer));
        assertThat(bytes(answer)).isLessThan(MAX_ANSWER);
        String json = answer.getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(json, "$.rows[*].cells.length()")).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(30));
        List<Map<String, Object>> longRows = JsonPath.read(json, "$.rows[?(@.cellCount > 30)]");
        assertThat(longRows).isNotEmpty();
        int cellCount = (Integer) longRows.get(0).get("cellCount");
        String all = (String) longRows.get(0).get("allCells");
        assertThat(all).startsWith("/api/claims?");

        String claimsJson = fetch(all + "&size=100").getContentAsString();
        long total = ((Number) JsonPath.read(claimsJson, "$.total")).longValue();
        assertThat(total).isGreaterThanOrEqualTo(cellCount);
        int lastPage = JsonPath.read(claimsJson, "$.totalPages");
        String last = fetch(all + "&size=100&page=" + lastPage).getContentAsString();
        assertThat(JsonPath.<List<?>>read(last, "$.items")).isNotEmpty();
        assertThat((Object) JsonPath.read(last, "$.next")).isNull();
        assertThat(JsonPath.<String>read(claimsJson, "$.next")).contains("page=2");

        int rows = JsonPath.read(json, "$.totalRows");
        String one = fetch("/api/comparison?story=" + story + "&size=1").getContentAsString();
        assertThat(JsonPath.<List<?>>read(one, "$.rows")).hasSize(1);
        if (rows > 1) {
            String second = fetch(JsonPath.read(one, "$.next")).getContentAsString();
            assertThat(JsonPath.<Integer>read(second, "$.page")).isEqualTo(2);
            assertThat(JsonPath.<List<?>>read(second, "$.rows")).hasSize(1);
        }
    }

    @Test
    void twoArticlesSideBySideComeInPagesOfSentences() throws Exception {
        long other = jdbc.sql("select min(id) from article where id <> ?").param(id).query(Long.class).single();
        String uri = "/compare/articles?left=" + other + "&right=" + id;
        MockHttpServletResponse first = fetch(uri);
        assertThat(first.getStatus()).isEqualTo(200);
        System.out.printf("Side by side: %,d bytes%n", bytes(first));
        assertThat(bytes(first)).isLessThan(MAX_ANSWER);
        String html = first.getContentAsString();
        Matcher total = Pattern.compile("Sentences 1 to 400 of (\\d+)").matcher(html);
        assertThat(total.find()).isTrue();
        int sentences = Integer.parseInt(total.group(1));
        int lastPage = (sentences + 399) / 400;
        MockHttpServletResponse last = fetch(uri + "&lines=" + lastPage);
        assertThat(bytes(last)).isLessThan(MAX_ANSWER);
        assertThat(last.getContentAsString().contains("to " + sentences + " of " + sentences)).isTrue();
        assertThat(nextLink(last.getContentAsString(), "#sentences")).isNull();
        assertThat(nextLink(html, "#sentences")).contains("lines=2");
        assertThat(fetch(uri + "&lines=" + (lastPage + 1)).getStatus()).isEqualTo(404);
    }

    @Test
    void theTimelineShowsTroopFiguresAPageAtATime() throws Exception {
        MockHttpServletResponse first = fetch("/timeline?story=" + story);
        assertThat(first.getStatus()).isEqualTo(200);
        System.out.printf("Timeline: %,d bytes%n", bytes(first));
        assertThat(bytes(first)).isLessThan(MAX_ANSWER);
        String html = first.getContentAsString();
        Matcher shown = Pattern.compile("Figures 1 to 300 of (\\d+)").matcher(html);
        assertThat(shown.find()).isTrue();
        int figures = Integer.parseInt(shown.group(1));
        // The figures of the troop claims that have a subject: thousands here, a page holds 300.
        assertThat(figures).isGreaterThan(600);
        String next = nextLink(html, "#figures-table");
        assertThat(next).contains("figures=2");
        String second = fetch(next).getContentAsString();
        assertThat(second.contains("Figures 301 to 600 of " + figures)).isTrue();
    }

    @Test
    void otherViewsOfTheLongArticleAreMeasured() throws Exception {
        for (String uri : List.of("/compare?story=" + story, "/stories/" + story)) {
            MockHttpServletResponse answer = fetch(uri);
            System.out.printf("%s: %d, %,d bytes%n", uri, answer.getStatus(), bytes(answer));
            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(bytes(answer)).isLessThan(MAX_ANSWER);
        }
    }
}
