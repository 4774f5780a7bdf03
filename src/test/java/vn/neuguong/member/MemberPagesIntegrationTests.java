package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.FormPages;

@IntegrationTest
class MemberPagesIntegrationTests {

    @Autowired
    java.time.Clock clock;

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
    void listSpeaksVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/members").with(support.as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Họ và tên")))
                .andExpect(content().string(containsString("Nhập danh sách")))
                .andExpect(content().string(containsString("Chi bộ Tổ dân phố số 1")));
        mvc.perform(get("/members").param("lang", "en").with(support.as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Full name")))
                .andExpect(content().string(containsString("Import a roster")));
    }

    @Test
    void htmxSearchAnswersOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/members")
                        .param("q", "nguyen van an")
                        .header("HX-Request", "true")
                        .with(support.as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("Nguyễn Văn An")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void memberPageShowsPositionsAndCellHistoryInBothLanguages() throws Exception {
        long secretary = jdbc.sql("SELECT p.member_id FROM member_position p WHERE p.organization_id = :cell "
                        + "AND p.title = 'SECRETARY'")
                .param("cell", support.cell("Văn Miếu", 1))
                .query(Long.class)
                .single();
        mvc.perform(get("/members/{id}", secretary).with(support.as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chức vụ")))
                .andExpect(content().string(containsString("Bí thư")))
                .andExpect(content().string(containsString("Quá trình sinh hoạt")));
        mvc.perform(get("/members/{id}", secretary).param("lang", "en").with(support.as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Positions")))
                .andExpect(content().string(containsString("Secretary")))
                .andExpect(content().string(containsString("Transfer to another cell")));
    }

    @Test
    void memberPageOffersATransferOnlyWhereTheScopeHasAnotherCell() throws Exception {
        long id = support.plainMember("Văn Miếu", 1);
        assertThat(memberActions(id, "vanmieu.vanphong"))
                .containsExactly("/members/" + id + "/edit", "/members/" + id + "/transfer");
        assertThat(memberActions(id, "bithu.vanmieu1"))
                .as("the secretary's scope is this one cell")
                .containsExactly("/members/" + id + "/edit");
        long self = jdbc.sql("SELECT member_id FROM account WHERE username = 'dangvien.vanmieu1'")
                .query(Long.class)
                .single();
        assertThat(memberActions(self, "dangvien.vanmieu1"))
                .as("one's own record is read, not changed")
                .isEmpty();
    }

    private java.util.List<String> memberActions(long id, String username) throws Exception {
        var html = mvc.perform(get("/members/{id}", id).with(support.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select("main a.button").eachAttr("href");
    }

    @Test
    void memberFormShowsErrorsNextToFieldsAndCreatesWhenGood() throws Exception {
        String cell = Long.toString(support.cell("Văn Miếu", 2));
        mvc.perform(post("/members/new")
                        .param("fullName", "Trần Thị Mai")
                        .param("partyCardNo", "FORM.0001")
                        .param("cellId", cell)
                        .param("email", "mai-at-example")
                        .param("birthDate", "not-a-date")
                        .param("status", "ACTIVE")
                        .with(support.as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không hợp lệ")));
        mvc.perform(post("/members/new")
                        .param("fullName", "Trần Thị Mai")
                        .param("partyCardNo", "FORM.0001")
                        .param("cellId", cell)
                        .param("email", "mai-at-example")
                        .param("status", "ACTIVE")
                        .with(support.as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải địa chỉ email")));
        mvc.perform(post("/members/new")
                        .param("fullName", "Trần Thị Mai")
                        .param("partyCardNo", "FORM.0001")
                        .param("cellId", cell)
                        .param("email", "mai@example.vn")
                        .param("gender", "FEMALE")
                        .param("status", "ACTIVE")
                        .with(support.as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/members/*"));
        assertThat(jdbc.sql("SELECT full_name FROM member WHERE party_card_no = 'FORM.0001'")
                        .query(String.class)
                        .single())
                .isEqualTo("Trần Thị Mai");
    }

    @Test
    void memberFormTiesEachErrorToItsFieldAndSummarisesThemOnTop() throws Exception {
        var html = mvc.perform(post("/members/new")
                        .param("fullName", "")
                        .param("partyCardNo", "")
                        .param("cellId", "")
                        .param("status", "ACTIVE")
                        .with(support.as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);

        FormPages.assertFieldError(page, "fullName", "là bắt buộc");
        FormPages.assertFieldError(page, "partyCardNo", "là bắt buộc");
        FormPages.assertSummaryLinks(page, "Họ và tên là bắt buộc", "fullName", "partyCardNo", "cellId");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.getElementById("email").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("label[for=fullName] .required-mark")).hasSize(1);
        assertThat(page.select("label[for=email] .required-mark")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE party_card_no = ''")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void editAndTransferFormsRenderAndSave() throws Exception {
        long id = support.plainMember("Văn Miếu", 4);
        mvc.perform(get("/members/{id}/edit", id).with(support.as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa thông tin đảng viên")));
        mvc.perform(get("/members/{id}/transfer", id).param("lang", "en").with(support.as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New cell")));
        mvc.perform(post("/members/{id}/transfer", id)
                        .param("toCellId", Long.toString(support.cell("Văn Miếu", 1)))
                        .param("transferredOn", java.time.LocalDate.now(clock).toString())
                        .param("note", "Theo nơi cư trú mới")
                        .param("version", version(id))
                        .with(support.as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT cell_id FROM member WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(support.cell("Văn Miếu", 1));
    }

    @Test
    void positionFormRecordsAPostShownOnTheMemberPage() throws Exception {
        long id = support.plainMember("Văn Miếu", 2);
        mvc.perform(post("/members/{id}/positions", id)
                        .param("title", "COMMITTEE_MEMBER")
                        .param("organizationId", Long.toString(support.organization("Đảng ủy phường Văn Miếu")))
                        .param("note", "Đảng ủy viên")
                        .param("startedOn", java.time.LocalDate.now(clock).toString())
                        .with(support.as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/members/{id}", id).with(support.as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp ủy viên")))
                .andExpect(content().string(containsString("Đảng ủy viên")));
    }

    @Test
    void theFilterListsTheFirstOrganizationsAndTheChosenOneAndThePickerFindsTheRestInTheScopeOnly() throws Exception {
        String units = "SELECT count(*) FROM organization WHERE closed_on IS NULL AND kind IN ('COMMITTEE',"
                + " 'GRASSROOTS_COMMITTEE', 'CELL')";
        long all = jdbc.sql(units).query(Long.class).single();
        long last = jdbc.sql("SELECT id FROM organization WHERE closed_on IS NULL AND kind = 'CELL' ORDER BY path DESC"
                        + " LIMIT 1")
                .query(Long.class)
                .single();
        var page = Jsoup.parse(mvc.perform(get("/members")
                        .param("organizationId", Long.toString(last))
                        .with(support.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var options = page.select("select[name=organizationId] option[value]:not([value=''])");
        assertThat(options)
                .hasSize((int) Math.min(all, MemberCells.FILTER_SIZE) + (all > MemberCells.FILTER_SIZE ? 1 : 0));
        assertThat(page.select("select[name=organizationId] option[selected]").attr("value"))
                .isEqualTo(Long.toString(last));
        assertThat(page.select("select[name=organizationId]").attr("data-picker-search"))
                .isEqualTo("/members/units");

        String found = mvc.perform(get("/members/units").param("q", "van mieu").with(support.as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found)
                .contains("\"value\":" + support.organization("Đảng ủy phường Văn Miếu"))
                .contains("Văn Miếu");
        String outside = mvc.perform(
                        get("/members/units").param("q", "van mieu").with(support.as("quoctugiam.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside).isEqualTo("[]");
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/members/{id}/transfer")))
                .andExpect(content().string(containsString("/api/v1/members/import")));
    }

    @Test
    void importPageDocumentsTheColumns() throws Exception {
        mvc.perform(get("/members/import").with(support.as("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số thẻ đảng viên")))
                .andExpect(content().string(containsString("Đảng ủy phường Văn Miếu / Chi bộ Tổ dân phố số 1")));
    }

    private String version(long id) {
        return jdbc.sql("SELECT version::text FROM member WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
