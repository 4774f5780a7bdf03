package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;

/** Standing periods through the API and the member's page: field errors, nothing saved, scope, ending. */
@IntegrationTest
class MemberStandingIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Members members;

    MemberTestSupport support;
    long id;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
        String card = "STD-" + System.nanoTime() % 100_000_000;
        id = members.create(
                        new MemberInput(
                                "Phạm Văn Miễn",
                                LocalDate.of(1940, 1, 1),
                                null,
                                card,
                                LocalDate.of(1965, 1, 1),
                                null,
                                support.cell("Văn Miếu", 2),
                                null,
                                null,
                                null),
                        support.actor("admin"))
                .id();
    }

    @Test
    void anExemptionWithoutItsDecisionDateNamesTheFieldAndSavesNothing() throws Exception {
        postJson("""
                {"kind": "EXEMPT_ACTIVITY", "reason": "AGE", "startsOn": "2024-01-15"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisionOn"));
        postJson("""
                {"reason": "AGE", "startsOn": "2024-01-15"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        postJson("""
                {"kind": "TEMPORARY_ELSEWHERE", "startsOn": "2024-01-15"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostCellId"));
        postJson("""
                {"kind": "TEMPORARY_ELSEWHERE", "hostCellId": %d, "startsOn": "2024-01-15"}""".formatted(support.cell("Văn Miếu", 2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostCellId"));
        postJson("""
                {"kind": "WORKING_AWAY", "startsOn": "2024-01-15", "endsOn": "2024-01-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        assertThat(rows()).isZero();
    }

    @Test
    void recordsListsAndEndsAPeriodAndRefusesAnOverlap() throws Exception {
        var body = postJson("""
                {"kind": "EXEMPT_ACTIVITY", "reason": "AGE", "decisionNo": "05-QĐ/CB", "decisionOn": "2024-01-10",
                 "startsOn": "2024-01-15"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("EXEMPT_ACTIVITY"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long sid = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        postJson("""
                {"kind": "EXEMPT_ACTIVITY", "reason": "HEALTH", "decisionOn": "2024-02-10", "startsOn": "2024-03-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startsOn"));
        postJson("""
                {"kind": "TEMPORARY_ELSEWHERE", "hostCellId": %d, "startsOn": "2024-03-01"}""".formatted(support.cell("Văn Miếu", 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hostCellName").isNotEmpty());
        mvc.perform(get("/api/v1/members/{id}/standings", id).with(support.as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(1));
        end(sid, "2024-01-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        end(sid, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        end(sid, "2024-05-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endsOn").value("2024-05-31"));
        end(sid, "2024-06-30").andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'MemberStanding' AND entity_id = :id")
                        .param("id", Long.toString(sid))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aForeignMemberAnswers404AndAMemberReadsTheirOwnOnly() throws Exception {
        long outsider = support.plainMember("Quốc Tử Giám", 1);
        mvc.perform(get("/api/v1/members/{id}/standings", outsider).with(support.as(STAFF)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/members/{id}/standings", outsider)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"WORKING_AWAY\", \"startsOn\": \"2024-01-15\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/members/{id}/standings/{sid}/end", outsider, 1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endsOn\": \"2024-01-15\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        var self = support.actor("dangvien.vanmieu1").memberId();
        mvc.perform(get("/api/v1/members/{id}/standings", self).with(support.as("dangvien.vanmieu1")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/members/{id}/standings", self)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"WORKING_AWAY\", \"startsOn\": \"2024-01-15\"}")
                        .with(support.as("dangvien.vanmieu1"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members/{id}/standings", id).with(support.as("dangvien.vanmieu1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsTheErrorBesideTheFieldAndTheListShowsABadge() throws Exception {
        var flash = mvc.perform(post("/members/{id}/standings", id)
                        .param("kind", "EXEMPT_WORK")
                        .param("reason", "HEALTH")
                        .param("startsOn", "2024-03-05")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andReturn()
                .getFlashMap();
        // the errors travel to the member's page in the session (shown beside the fields there)
        assertThat(flash.get("standingErrors").toString())
                .contains("decisionOn=là bắt buộc khi miễn sinh hoạt, miễn công tác (ngày quyết định của chi bộ)");
        assertThat(rows()).isZero();
        var page = Jsoup.parse(mvc.perform(get("/members/{id}", id).with(support.as(STAFF)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#standings h2").text()).isEqualTo("Miễn sinh hoạt, sinh hoạt tạm thời");
        assertThat(page.select("#standings label[for=decisionOn]").text()).isEqualTo("Ngày quyết định");
        mvc.perform(post("/members/{id}/standings", id)
                .param("kind", "EXEMPT_WORK")
                .param("reason", "HEALTH")
                .param("decisionOn", "2024-03-05")
                .param("startsOn", "2024-03-05")
                .with(support.as(STAFF))
                .with(csrf()));
        assertThat(rows()).isEqualTo(1);
        var shown = Jsoup.parse(mvc.perform(get("/members/{id}", id).with(support.as(STAFF)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(shown.select("table.standings tbody tr").text())
                .contains("Miễn công tác")
                .contains("Sức khỏe");
        var list = Jsoup.parse(
                mvc.perform(get("/members").param("q", "Phạm Văn Miễn").with(support.as(STAFF)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(list.select(".standing-badge").eachText()).contains("miễn công tác");
        var english = Jsoup.parse(
                mvc.perform(get("/members/{id}", id).param("lang", "en").with(support.as(STAFF)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(english.select("#standings h2").text()).isEqualTo("Exemptions, temporary activity elsewhere");
    }

    @Test
    void theDemoCellHasTwoExemptMembersAndOneHostedElsewhere() {
        var kinds = jdbc.sql("SELECT s.kind || ':' || coalesce(s.reason, '-') || ':' || (s.decision_on IS NOT NULL)"
                        + " FROM member_standing s JOIN member m ON m.id = s.member_id WHERE m.cell_id = :cell"
                        + " ORDER BY s.kind")
                .param("cell", support.cell("Văn Miếu", 1))
                .query(String.class)
                .list();
        assertThat(kinds).contains("EXEMPT_ACTIVITY:AGE:true", "EXEMPT_WORK:HEALTH:true", "TEMPORARY_ELSEWHERE:-:true");
    }

    private org.springframework.test.web.servlet.ResultActions postJson(String json) throws Exception {
        return mvc.perform(post("/api/v1/members/{id}/standings", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(support.as(STAFF))
                .with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions end(long sid, String endsOn) throws Exception {
        return mvc.perform(put("/api/v1/members/{id}/standings/{sid}/end", id, sid)
                .contentType(MediaType.APPLICATION_JSON)
                .content(endsOn == null ? "{}" : "{\"endsOn\": \"" + endsOn + "\"}")
                .with(support.as(STAFF))
                .with(csrf()));
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM member_standing WHERE member_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
