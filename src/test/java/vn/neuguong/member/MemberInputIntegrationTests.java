package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.FormPages;

/** Every member body and form answers a blank required field by naming it, and saves nothing; lists are paged. */
@IntegrationTest
class MemberInputIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    MemberTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
    }

    @Test
    void aMemberBodyWithBlankRequiredFieldsNamesEachAndSavesNothing() throws Exception {
        long members = count("member");
        mvc.perform(post("/api/v1/members")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\" \",\"partyCardNo\":\"\",\"phone\":\"abc\",\"email\":\"x\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.containsInAnyOrder("fullName", "partyCardNo", "phone", "email")));
        mvc.perform(post("/api/v1/members")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Đỗ Văn Mới\",\"partyCardNo\":\"NEW.CELL.1\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cellId"));
        assertThat(count("member")).isEqualTo(members);
    }

    @Test
    void transferPostAndEndBodiesNameTheirMissingFields() throws Exception {
        long id = support.plainMember("Văn Miếu", 2);
        long positions = count("member_position");
        mvc.perform(post("/api/v1/members/{id}/transfer", id)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"" + "x".repeat(501) + "\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.containsInAnyOrder("toCellId", "transferredOn", "note")));
        mvc.perform(post("/api/v1/members/{id}/positions", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.containsInAnyOrder("organizationId", "title", "startedOn")));
        mvc.perform(post("/api/v1/members/{id}/positions/{p}/end", id, 1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endedOn"));
        assertThat(count("member_position")).isEqualTo(positions);
    }

    @Test
    void theTransferAndPositionFormsShowTheMissingFieldOnThePage() throws Exception {
        long id = support.plainMember("Văn Miếu", 3);
        long cell = jdbc.sql("SELECT cell_id FROM member WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        var transfer = Jsoup.parse(mvc.perform(post("/members/{id}/transfer", id)
                        .param("toCellId", "")
                        .param("transferredOn", "")
                        .param("version", "0")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertErrorShown(transfer, "toCellId", "là bắt buộc");
        FormPages.assertFieldError(transfer, "transferredOn", "là bắt buộc");
        mvc.perform(post("/members/{id}/positions", id)
                        .param("organizationId", "")
                        .param("title", "")
                        .param("startedOn", "")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(redirectedUrl("/members/" + id));
        var flash = mvc.perform(post("/members/{id}/positions", id)
                        .param("organizationId", Long.toString(cell))
                        .param("title", "")
                        .param("startedOn", "2024-01-01")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andReturn()
                .getFlashMap();
        assertThat(flash.get("positionErrors").toString()).contains("title").contains("là bắt buộc");
        assertThat(jdbc.sql("SELECT cell_id FROM member WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(cell);
    }

    @Test
    void theListAnswersAPageCountedFromOneAndRefusesAPageOrSizeOutOfRange() throws Exception {
        mvc.perform(get("/api/v1/members").param("size", "5").param("page", "2").with(support.as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.total").value(Matchers.greaterThan(10)));
        mvc.perform(get("/api/v1/members").param("page", "0").with(support.as(STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/members").param("size", "201").with(support.as(STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        var list = Jsoup.parse(mvc.perform(get("/members").with(support.as(STAFF)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.select("nav.pager a").eachAttr("href")).anyMatch(href -> href.contains("page=2"));
        assertThat(list.select("tbody tr")).hasSize(MemberController.PAGE_SIZE);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
