package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.FormPages;

/**
 * A committee issues through its standing or executive committee in its own number series; the document says so in
 * the party's words and carries the signature block of a signer who sat in that body on the issue date.
 */
@IntegrationTest
class DocumentBodiesIntegrationTests {

    static final String STAFF = "hanoi.tuyengiao";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPlan104IsTheStandingCommitteesOfLongBienSignedByASeatOfItThatDay() throws Exception {
        long longBien = demo.organization("Quận ủy Long Biên");
        mvc.perform(get("/api/v1/organizations/{id}/bodies/standing-committee", longBien)
                        .param("on", "2022-02-11")
                        .with(demo.signedIn(STAFF)))
                .andExpect(jsonPath("$.members[*].fullName", hasItem("Ngô Mạnh Điềm")));
        long plan104 = jdbc.sql("SELECT id FROM document WHERE number_text = '104-KH/QU' AND issuer_id = :issuer")
                .param("issuer", longBien)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/documents/{id}", plan104).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document.issuedByBody").value("STANDING_COMMITTEE"))
                .andExpect(jsonPath("$.document.issuedBy").value("Ban Thường vụ Quận ủy Long Biên"))
                .andExpect(jsonPath("$.document.signerName").value("Ngô Mạnh Điềm"))
                .andExpect(jsonPath("$.document.signedFor").value("T/M BAN THƯỜNG VỤ"));
        var page = page(get("/documents/{id}", plan104).with(demo.signedIn("bode.vanphong")));
        assertThat(page.selectFirst(".issued-by").text()).isEqualTo("Ban Thường vụ Quận ủy Long Biên");
        assertThat(page.selectFirst(".signature").text())
                .isEqualTo("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC Ngô Mạnh Điềm");
        var list = page(get("/documents").param("number", "104-KH/QU").with(demo.signedIn(STAFF)));
        assertThat(list.select("tbody tr").text()).contains("Ban Thường vụ Quận ủy Long Biên");
    }

    @Test
    void aStandingCommitteePlanAndACommitteePlanOfOneTermGetConsecutiveNumbers() throws Exception {
        long longBien = demo.organization("Quận ủy Long Biên");
        var standing = issue("""
                        {"typeCode":"KH","issuerId":%d,"issuedOn":"2022-03-01","summary":"Kế hoạch của Ban Thường vụ",
                         "issuedByBody":"STANDING_COMMITTEE","signerId":%d}
                        """.formatted(longBien, member("Nguyễn Thế Thạch")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.issuedBy").value("Ban Thường vụ Quận ủy Long Biên"))
                .andExpect(jsonPath("$.signerTitle").value("STANDING_COMMITTEE_MEMBER"))
                .andExpect(jsonPath("$.signedFor").value("T/M BAN THƯỜNG VỤ"))
                .andReturn();
        var own = issue("""
                        {"typeCode":"KH","issuerId":%d,"issuedOn":"2022-03-02","summary":"Kế hoạch của Quận ủy",
                         "signerId":%d}
                        """.formatted(longBien, member("Ngô Mạnh Điềm")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.issuedBy").value("Quận ủy Long Biên"))
                .andExpect(jsonPath("$.signedFor").value("T/M QUẬN ỦY"))
                .andReturn();
        String first = JsonPath.read(standing.getResponse().getContentAsString(), "$.number");
        String second = JsonPath.read(own.getResponse().getContentAsString(), "$.number");
        assertThat(first).endsWith("-KH/QU");
        assertThat(Integer.parseInt(second.split("-")[0])).isEqualTo(Integer.parseInt(first.split("-")[0]) + 1);
    }

    @Test
    void aBodyOfACellOrADepartmentOrASignerOutsideTheBodyIsRefusedAndNothingIsSaved() throws Exception {
        long before = documents();
        long cell = jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id"
                        + " WHERE w.name = 'Đảng ủy phường Bồ Đề' AND c.name = 'Chi bộ Tổ dân phố số 1'")
                .query(Long.class)
                .single();
        issue("""
                        {"typeCode":"TB","issuerId":%d,"issuedOn":"2022-03-01","summary":"Thông báo",
                         "issuedByBody":"STANDING_COMMITTEE"}
                        """.formatted(cell))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuedByBody")));
        issue("""
                        {"typeCode":"CV","issuerId":%d,"issuedOn":"2022-03-01","summary":"Công văn",
                         "issuedByBody":"EXECUTIVE_COMMITTEE"}
                        """.formatted(demo.organization("Ban Tuyên giáo Quận ủy Long Biên")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("issuedByBody")));
        issue("""
                        {"typeCode":"KH","issuerId":%d,"issuedOn":"2022-03-01","summary":"Kế hoạch",
                         "issuedByBody":"STANDING_COMMITTEE","signerId":%d}
                        """.formatted(demo.organization("Thành ủy Hà Nội"), member("Đinh Trường Thọ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("signerId")))
                .andExpect(
                        jsonPath("$.errors[0].message").value("không phải thành viên của ban này vào ngày ban hành"));
        issue("""
                        {"typeCode":"KH","issuerId":%d,"issuedOn":"2022-03-01","summary":"Kế hoạch",
                         "issuedByBody":"BOGUS","signerId":%d}
                        """.formatted(demo.organization("Quận ủy Long Biên"), member("Nguyễn Anh Cường")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuedByBody")));
        issue("""
                        {"typeCode":"KH","issuerId":%d,"issuedOn":"2022-03-01","summary":"Kế hoạch","signerId":%d}
                        """.formatted(demo.organization("Quận ủy Long Biên"), member("Nguyễn Anh Cường")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("signerId")));
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void theIssueFormOffersTheBodiesAndSignersAndNamesABodyOnACellOnItsField() throws Exception {
        var form = page(get("/documents/new").with(demo.signedIn(STAFF)));
        assertThat(form.select("#issuedByBody option").eachText())
                .contains("Chính cơ quan ban hành", "Ban Thường vụ", "Ban Chấp hành");
        assertThat(form.select("#signerId option").eachText())
                .anySatisfy(text -> assertThat(text).startsWith("Ngô Mạnh Điềm · Phó Bí thư Thường trực"));
        long before = documents();
        var refused = page(post("/documents")
                .param("typeCode", "TB")
                .param("issuerId", Long.toString(demo.organization("Ban Tuyên giáo Quận ủy Long Biên")))
                .param("issuedOn", "2022-03-01")
                .param("summary", "Thông báo")
                .param("issuedByBody", "STANDING_COMMITTEE")
                .param("signerId", "")
                .with(demo.signedIn(STAFF))
                .with(csrf()));
        FormPages.assertFieldError(refused, "issuedByBody", "chỉ cấp ủy mới có Ban Thường vụ");
        FormPages.assertEveryLabelNamesItsControl(refused);
        assertThat(documents()).isEqualTo(before);
    }

    private ResultActions issue(String json) throws Exception {
        return mvc.perform(post("/api/v1/documents")
                .with(demo.signedIn(STAFF))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private org.jsoup.nodes.Document page(org.springframework.test.web.servlet.RequestBuilder request)
            throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long member(String name) {
        return jdbc.sql("SELECT id FROM member WHERE full_name = :name ORDER BY id DESC LIMIT 1")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long documents() {
        return jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
    }
}
