package vn.neuguong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.AuditLog;

/** The audit log read as sentences in the reader's language, with the raw change behind a details toggle. */
@IntegrationTest
class AuditSentencesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name ORDER BY id LIMIT 1")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private Document page(String query, String username) throws Exception {
        var html = mvc.perform(get("/audit?" + query).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    /** A campaign of Quận ủy Đống Đa for phường Văn Miếu whose conference the ward's office marks held. */
    private long obligationMarkedDoneByTheWardOffice() throws Exception {
        long dongDa = organization("Quận ủy Đống Đa");
        long vanMieu = organization("Đảng ủy phường Văn Miếu");
        long plan = jdbc.sql("SELECT id FROM document WHERE number_text = '347-KH/QU' ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        var created = mvc.perform(post("/api/v1/campaigns")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Đợt học tập %d", "directingDocumentId": %d, "ownerId": %d,
                                 "targetIds": [%d], "startsOn": "2025-09-01", "endsOn": "2025-12-31",
                                 "requirements": [{"kind": "HOLD_CONFERENCE", "appliesTo": "GRASSROOTS_COMMITTEE",
                                                   "dueOn": "2025-10-15", "label": "Hội nghị học tập"}]}
                                """.formatted(System.nanoTime(), plan, dongDa, vanMieu)))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long campaign = ((Number) JsonPath.read(created, "$.campaign.id")).longValue();
        mvc.perform(post("/api/v1/campaigns/{id}/launch", campaign)
                        .header("If-Match", "\"0\"")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().is2xxSuccessful());
        long obligation = jdbc.sql("SELECT id FROM obligation WHERE campaign_id = :c AND organization_id = :o")
                .param("c", campaign)
                .param("o", vanMieu)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/campaigns/{id}/obligations/{o}/done", campaign, obligation)
                        .header("If-Match", "\"0\"")
                        .with(as("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\": \"2025-09-25\", \"note\": \"Đã tổ chức hội nghị\"}"))
                .andExpect(status().is2xxSuccessful());
        return obligation;
    }

    @Test
    void anObligationMarkedDoneReadsAsASentenceInVietnameseAndEnglish() throws Exception {
        obligationMarkedDoneByTheWardOffice();

        var vietnamese = page("entityType=Obligation&actor=vanmieu.vanphong", "vanmieu.vanphong");
        assertThat(vietnamese.select("#results .sentence").first().text())
                .isEqualTo("Văn phòng Đảng ủy phường Văn Miếu đánh dấu hoàn thành 'Hội nghị học tập' ngày 25/09/2025");
        var english = page("entityType=Obligation&actor=vanmieu.vanphong&lang=en", "vanmieu.vanphong");
        assertThat(english.select("#results .sentence").first().text())
                .isEqualTo("Văn phòng Đảng ủy phường Văn Miếu marked 'Hội nghị học tập' done on 25/09/2025");
    }

    @Test
    void theRawChangeStaysBehindADetailsToggle() throws Exception {
        obligationMarkedDoneByTheWardOffice();

        var row = page("entityType=Obligation&actor=vanmieu.vanphong", "vanmieu.vanphong")
                .select("#results tbody tr")
                .first();
        var details = row.selectFirst("details");
        assertThat(details).isNotNull();
        assertThat(details.selectFirst("summary").text()).isEqualTo("Chi tiết");
        assertThat(details.select("pre.json").text()).contains("\"fulfilledOn\"", "2025-09-25");
        assertThat(row.select("pre.json").parents()).contains(details);
        assertThat(row.selectFirst(".sentence").text()).doesNotContain("{");
    }

    @Test
    void theApiGivesTheSentenceInTheCallersLanguage() throws Exception {
        obligationMarkedDoneByTheWardOffice();

        mvc.perform(get("/api/v1/audit?entityType=Obligation&actor=vanmieu.vanphong")
                        .header("Accept-Language", "en")
                        .with(as("vanmieu.vanphong")))
                .andExpect(jsonPath("$.items[0].sentence")
                        .value("Văn phòng Đảng ủy phường Văn Miếu marked 'Hội nghị học tập' done on 25/09/2025"))
                .andExpect(jsonPath("$.items[0].actorName").value("Văn phòng Đảng ủy phường Văn Miếu"));
    }

    @Test
    void aRenameTellsTheOldAndTheNewName() throws Exception {
        String type = "Organization";
        long ward = organization("Đảng ủy phường Văn Miếu");
        transaction.executeWithoutResult(status -> audit.updated(
                type,
                "renamed-" + System.nanoTime(),
                ward,
                Map.of("name", "Chi bộ Khu tập thể cũ"),
                Map.of("name", "Chi bộ Khu tập thể mới")));

        var sentences = page("entityType=Organization&actor=system", "admin").select("#results .sentence");

        assertThat(sentences.eachText())
                .anyMatch(
                        text -> text.matches(
                                "Hệ thống đổi tên 'Chi bộ Khu tập thể cũ' thành 'Chi bộ Khu tập thể mới' ngày \\d\\d/\\d\\d/\\d{4}"));
    }

    @Test
    void aCellIsShownWithItsWardAndTimesInVietnamTime() throws Exception {
        long cell = jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id "
                        + "WHERE w.name = 'Đảng ủy phường Văn Miếu' AND c.name = 'Chi bộ Tổ dân phố số 1'")
                .query(Long.class)
                .single();
        String type = "test_" + System.nanoTime();
        transaction.executeWithoutResult(
                status -> audit.created(type, 1, cell, Map.of("name", "Biên bản sinh hoạt tháng 9")));
        var stored = jdbc.sql("SELECT occurred_at FROM audit_log WHERE entity_type = :t")
                .param("t", type)
                .query(java.time.OffsetDateTime.class)
                .single();

        var row = page("entityType=" + type, "vanmieu.vanphong")
                .select("#results tbody tr")
                .first();

        assertThat(row.select("td").get(2).text()).isEqualTo("Chi bộ Tổ dân phố số 1 · P. Văn Miếu");
        assertThat(row.selectFirst("time").text())
                .isEqualTo(stored.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        assertThat(row.selectFirst(".sentence").text())
                .startsWith("Hệ thống tạo " + type + " 'Biên bản sinh hoạt tháng 9'");
    }
}
