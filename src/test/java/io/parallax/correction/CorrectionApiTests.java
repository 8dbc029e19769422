package io.parallax.correction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The corrections API and forms: who may use them, what bad input gets back, and a change and its undo end to end. */
@CorrectionTest
class CorrectionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long claimId(String text) {
        return jdbc.sql("select id from claim where text = :text order by id limit 1").param("text", text).query(Long.class).single();
    }

    @Test
    void writingOrReadingTheAuditLogWithoutCredentialsIsRefusedWith401() throws Exception {
        mvc.perform(post("/api/corrections/claims/{id}/reject", claimId("397-0")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/corrections/claims/{id}/reject", claimId("397-0")).with(httpBasic("editor", "wrong"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}")).andExpect(status().isUnauthorized());
    }

    @Test
    void theCorrectionFormsShowEachClaimTypesValueFieldsAndTheRowForms() throws Exception {
        for (String type : new String[] {"DATE", "TROOP_COUNT", "VOTE"}) {
            long id = jdbc.sql("select min(id) from claim where type = :type").param("type", type).query(Long.class).single();
            mvc.perform(get("/corrections/claims/{id}", id).with(user("editor").roles("EDITOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"_csrf\"")))
                    .andExpect(content().string(containsString(switch (type) {
                        case "DATE" -> "name=\"date\"";
                        case "TROOP_COUNT" -> "name=\"qualifier\"";
                        default -> "name=\"votesFor\"";
                    })))
                    .andExpect(content().string(containsString("Reject this claim")));
        }
        mvc.perform(get("/corrections/rows").param("type", "DATE").param("subject", "signing/treaty")
                        .header("HX-Request", "true").with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Merge the rows")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
    }

    @Test
    void theOpenApiDescriptionListsTheCorrectionsAndTheAuditLog() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/corrections/claims/{id}/reject'].post").exists())
                .andExpect(jsonPath("$.paths['/api/corrections/rows/merge'].post").exists())
                .andExpect(jsonPath("$.paths['/api/corrections/{entry}/undo'].post").exists())
                .andExpect(jsonPath("$.paths['/api/audit'].get").exists());
    }

    @Test
    void aSignedInUserWhoIsNotAnEditorGets403() throws Exception {
        // API writes take credentials on every request (HTTP Basic), and every configured user is an editor, so a
        // signed-in reader is tried on the read-only audit log and on a form page.
        mvc.perform(get("/api/audit").with(user("reader").roles("READER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/corrections/claims/{id}", claimId("397-0")).with(user("reader").roles("READER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsAnsweredWithProblemDetailsNamingTheField() throws Exception {
        long id = claimId("397-0");
        mvc.perform(post("/api/corrections/claims/{id}/reject", id).with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        mvc.perform(post("/api/corrections/claims/{id}/value", id).with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": {\"votesFor\": \"many\"}, \"reason\": \"typo\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("votesFor")));
        mvc.perform(post("/api/corrections/rows/merge").with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PLANET\", \"from\": \"a\", \"into\": \"b\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("type")));
        mvc.perform(post("/api/corrections/claims/{id}/reject", id).with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/corrections/claims/{id}/reject", Long.MAX_VALUE).with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"gone\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anEditorCorrectsAVoteReadsItInTheAuditLogAndUndoesItOnce() throws Exception {
        long id = claimId("397-0");
        String created = mvc.perform(post("/api/corrections/claims/{id}/value", id).with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": {\"chamber\": \"State Duma\", \"votesFor\": 397, \"votesAgainst\": 0, \"unanimous\": true, \"abstentions\": 3},"
                                + " \"reason\": \"The Duma's site lists three abstentions\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/audit/")))
                .andExpect(jsonPath("$.action", is("CORRECT_VALUE")))
                .andExpect(jsonPath("$.editor", is("editor")))
                .andExpect(jsonPath("$.after", is("State Duma: 397–0, 3 abstaining (unanimous)")))
                .andReturn().getResponse().getContentAsString();
        int entry = JsonPath.read(created, "$.id");
        int article = JsonPath.read(created, "$.articleId");

        mvc.perform(get("/api/articles/{id}/claims", article))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].abstentions", hasItem(3)));
        mvc.perform(get("/api/audit").param("article", String.valueOf(article)).with(httpBasic("editor", "editor-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id", is(entry)))
                .andExpect(jsonPath("$[0].reason", is("The Duma's site lists three abstentions")))
                .andExpect(jsonPath("$[0].undoable", is(true)));

        mvc.perform(post("/api/corrections/{entry}/undo", entry).with(httpBasic("admin", "test-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"No source for that\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.action", is("UNDO")))
                .andExpect(jsonPath("$.editor", is("admin")))
                .andExpect(jsonPath("$.undoes", is(entry)));
        mvc.perform(get("/api/articles/{id}/claims", article))
                .andExpect(jsonPath("$.items[?(@.text == '397-0')].value", hasItem("State Duma: 397–0 (unanimous)")));
        mvc.perform(post("/api/corrections/{entry}/undo", entry).with(httpBasic("editor", "editor-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theBrowserFormsNeedACsrfTokenAndReturnToTheMatrixWithAnUndoNotice() throws Exception {
        long id = claimId("397-0");
        mvc.perform(post("/corrections/claims/{id}/split", id).with(user("editor").roles("EDITOR"))
                .param("label", "x").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/corrections/claims/{id}/split", id).with(user("editor").roles("EDITOR")).with(csrf())
                        .param("label", "").param("reason", "x").param("back", "/compare"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Give the row a label.")));
        String location = mvc.perform(post("/corrections/claims/{id}/split", id).with(user("editor").roles("EDITOR")).with(csrf())
                        .param("label", "Duma tally").param("reason", "A tally, not a date").param("back", "https://evil.example/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/compare"))
                .andReturn().getFlashMap().get("correctionNotice").toString();
        org.assertj.core.api.Assertions.assertThat(location).contains("Split “397-0” into a row of its own");
        long entry = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
        mvc.perform(post("/corrections/undo/{entry}", entry).with(user("editor").roles("EDITOR")).with(csrf())
                .param("reason", "tidy up").param("back", "/compare")).andExpect(redirectedUrl("/compare"));
        mvc.perform(get("/history").param("article", String.valueOf(jdbc.sql("select article_id from audit_entry where id = :id")
                        .param("id", entry).query(Long.class).single())).with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Split “397-0” into a row of its own")))
                .andExpect(content().string(containsString("Undid: Split")));
    }
}
