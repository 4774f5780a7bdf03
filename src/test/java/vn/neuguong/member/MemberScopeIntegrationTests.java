package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;

/** Staff of Đảng ủy phường Văn Miếu cannot reach a member of Đảng ủy phường Quốc Tử Giám by any door. */
@IntegrationTest
class MemberScopeIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    MemberTestSupport support;
    long outsider;
    Map<String, Object> before;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
        outsider = support.plainMember("Quốc Tử Giám", 1);
        before = snapshot();
    }

    @Test
    void pagesAnswer404AndChangeNothing() throws Exception {
        mvc.perform(get("/members/{id}", outsider).with(support.as(STAFF))).andExpect(status().isNotFound());
        mvc.perform(get("/members/{id}/edit", outsider).with(support.as(STAFF))).andExpect(status().isNotFound());
        mvc.perform(post("/members/{id}/edit", outsider)
                        .param("fullName", "Đã bị sửa")
                        .param("partyCardNo", "HACK.01")
                        .param("status", "REMOVED")
                        .param("version", "0")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/members/{id}/transfer", outsider).with(support.as(STAFF)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/members/{id}/transfer", outsider)
                        .param("toCellId", Long.toString(support.cell("Văn Miếu", 1)))
                        .param("transferredOn", "2024-01-02")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(snapshot()).isEqualTo(before);
        mvc.perform(get("/members/{id}", outsider).with(support.as("quoctugiam.vanphong")))
                .andExpect(status().isOk());
    }

    @Test
    void apiAnswers404AndChangesNothing() throws Exception {
        mvc.perform(get("/api/v1/members/{id}", outsider).with(support.as(STAFF)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/members/{id}", outsider)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Đã bị sửa\",\"partyCardNo\":\"HACK.02\",\"status\":\"REMOVED\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/members/{id}/transfer", outsider)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCellId\":" + support.cell("Văn Miếu", 1) + ",\"transferredOn\":\"2024-01-02\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members")
                        .param("organizationId", Long.toString(support.organization("Đảng ủy phường Quốc Tử Giám")))
                        .with(support.as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        assertThat(snapshot()).isEqualTo(before);
        mvc.perform(get("/api/v1/members/{id}", outsider).with(support.as("quoctugiam.vanphong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member.id").value(outsider));
    }

    @Test
    void cannotImportIntoACellOutsideTheScope() throws Exception {
        long count = jdbc.sql("SELECT count(*) FROM member").query(Long.class).single();
        String csv = "Họ và tên,Số thẻ đảng viên,Chi bộ\n"
                + "Người Ngoài,SCOPE.0001,Đảng ủy phường Quốc Tử Giám / Chi bộ Tổ dân phố số 1\n";
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile(
                                "file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Chi bộ"))
                .andExpect(jsonPath("$.errors[0].row").value(2));
        assertThat(jdbc.sql("SELECT count(*) FROM member").query(Long.class).single())
                .isEqualTo(count);
    }

    @Test
    void cannotCreateAMemberInACellOutsideTheScope() throws Exception {
        mvc.perform(post("/api/v1/members")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Người Ngoài\",\"partyCardNo\":\"SCOPE.0002\",\"cellId\":"
                                + support.cell("Quốc Tử Giám", 1) + "}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cellId"));
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE party_card_no = 'SCOPE.0002'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Map<String, Object> snapshot() {
        return jdbc.sql("""
                        SELECT m.full_name, m.party_card_no, m.status, m.cell_id, m.version,
                               (SELECT count(*) FROM member_cell_history h WHERE h.member_id = m.id) AS stays,
                               (SELECT count(*) FROM audit_log a WHERE a.entity_type = 'Member'
                                  AND a.entity_id = m.id::text) AS audits
                        FROM member m WHERE m.id = :id
                        """).param("id", outsider).query().singleRow();
    }
}
