package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.web.FormPages;

@IntegrationTest
class DocumentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    DocumentTestSupport support() {
        return new DocumentTestSupport(jdbc, users);
    }

    @Test
    void theIssuerFilterListsTheFirstOrganizationsAndTheChosenAndItsPickerSearchesTheScopeOnly() throws Exception {
        long open = jdbc.sql("SELECT count(*) FROM organization WHERE closed_on IS NULL")
                .query(Long.class)
                .single();
        long last = jdbc.sql("SELECT id FROM organization WHERE closed_on IS NULL ORDER BY path DESC LIMIT 1")
                .query(Long.class)
                .single();
        var admin = user(support().principal("admin"));
        var page = Jsoup.parse(mvc.perform(
                        get("/documents").param("issuerId", Long.toString(last)).with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var options = page.select("select#issuerId option[value]:not([value=''])");
        int first = (int) Math.min(open, DocumentSearch.ISSUER_FILTER_SIZE);
        assertThat(options).hasSize(first + (open > first ? 1 : 0));
        assertThat(page.select("select#issuerId option[selected]").attr("value"))
                .isEqualTo(Long.toString(last));
        assertThat(page.select("select#issuerId").attr("data-picker-search")).isEqualTo("/documents/issuers");

        String vanMieu = Long.toString(jdbc.sql(
                        "SELECT id FROM organization WHERE name = 'Đảng ủy phường Văn Miếu'" + " AND closed_on IS NULL")
                .query(Long.class)
                .single());
        String inside = mvc.perform(get("/documents/issuers")
                        .param("q", "van mieu")
                        .with(user(support().principal("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inside).contains("\"value\":" + vanMieu);
        String outside = mvc.perform(get("/documents/issuers")
                        .param("q", "van mieu")
                        .with(user(support().principal("quoctugiam.vanphong"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside).isEqualTo("[]");
    }

    @Test
    void documentPagesRenderInVietnameseAndEnglish() throws Exception {
        var staff = user(support().principal("dongda.tuyengiao"));
        long plan347 = support().document("347-KH/QU");
        mvc.perform(get("/documents").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trích yếu")))
                .andExpect(content().string(containsString("347-KH/QU")));
        mvc.perform(get("/documents").param("lang", "en").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Summary")))
                .andExpect(content().string(containsString("Issue a document")));
        mvc.perform(get("/documents/{id}", plan347).with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Căn cứ (văn bản cấp trên)")))
                .andExpect(content().string(containsString("284-KH/TU")))
                .andExpect(content().string(containsString("598-CV/BTGQU")))
                .andExpect(content().string(containsString("Đảng ủy phường Văn Miếu")))
                .andExpect(content().string(containsString("Tình hình đọc, học tập")));
        mvc.perform(get("/documents/{id}", plan347).param("lang", "en").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Implementing documents")))
                .andExpect(content().string(containsString("Reading and study")));
        for (String path : new String[] {"/documents/new", "/documents/external/new", "/documents/inbox"}) {
            mvc.perform(get(path).with(staff)).andExpect(status().isOk());
            mvc.perform(get(path).param("lang", "en").with(staff))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        mvc.perform(get("/documents/inbox/{id}", vanMieu).param("lang", "en").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inbox: Đảng ủy phường Văn Miếu")))
                .andExpect(content().string(containsString("347-KH/QU")));
    }

    @Test
    void searchAsHtmxReturnsOnlyTheResults() throws Exception {
        mvc.perform(get("/documents")
                        .param("q", "ke hoach 347")
                        .header("HX-Request", "true")
                        .with(user(support().principal("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("347-KH/QU")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void issueFormShowsFieldErrorsAndIssuesAValidDocument() throws Exception {
        var staff = user(support().principal("vanmieu.vanphong"));
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        mvc.perform(post("/documents")
                        .param("issuerId", String.valueOf(vanMieu))
                        .param("issuedOn", "2024-12-20")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("là bắt buộc")));
        mvc.perform(post("/documents")
                        .param("typeCode", "BB")
                        .param("issuerId", String.valueOf(vanMieu))
                        .param("issuedOn", "2016-12-20")
                        .param("summary", "Biên bản họp")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/documents/*"));
        assertThat(jdbc.sql("SELECT number_text FROM document WHERE summary = 'Biên bản họp'")
                        .query(String.class)
                        .single())
                .isEqualTo("01-BB/ĐU");
        for (int attempt = 0; attempt < 2; attempt++) {
            var result = mvc.perform(post("/documents/external")
                    .param("number", "12-CT/TW")
                    .param("issuerName", "Ban Bí thư")
                    .param("issuedOn", "2016-05-15")
                    .param("summary", "Văn bản đến vào sổ hai lần")
                    .param("registeredById", String.valueOf(vanMieu))
                    .with(staff)
                    .with(csrf()));
            if (attempt == 0) {
                result.andExpect(status().is3xxRedirection());
            } else {
                result.andExpect(status().isOk())
                        .andExpect(content().string(containsString("Số, ký hiệu này đã được vào sổ")));
            }
        }
    }

    @Test
    void issueFormTiesEachErrorToItsFieldAndSummarisesThemOnTop() throws Exception {
        long before =
                jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        var page = Jsoup.parse(mvc.perform(post("/documents")
                        .param("issuedOn", "2016-12-20")
                        .param("summary", "")
                        .with(user(support().principal("vanmieu.vanphong")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        FormPages.assertFieldError(page, "typeCode", "là bắt buộc");
        FormPages.assertErrorShown(page, "issuerId", "là bắt buộc");
        FormPages.assertFieldError(page, "summary", "là bắt buộc");
        FormPages.assertSummaryLinks(page, "Loại văn bản là bắt buộc", "typeCode", "issuerId", "summary");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.getElementById("issuedOn").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("label[for=typeCode] .required-mark")).hasSize(1);
        assertThat(page.select("label[for=issuedOn] .required-mark")).hasSize(1);
        assertThat(page.select("label[for=bodyHtml] .required-mark")).isEmpty();
        assertThat(page.getElementById("byCongress").attr("aria-describedby")).isEqualTo("byCongress-hint");
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void externalFormTiesEachErrorToItsFieldInEnglishToo() throws Exception {
        var page = Jsoup.parse(mvc.perform(post("/documents/external")
                        .param("number", "12-XX/TW")
                        .param("issuedOn", "2016-05-15")
                        .param("summary", "Văn bản đến")
                        .param("lang", "en")
                        .with(user(support().principal("vanmieu.vanphong")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(page, "issuerName", "is required");
        FormPages.assertSummaryLinks(page, "Issuer (outside the system) is required", "issuerName");
        FormPages.assertEveryLabelNamesItsControl(page);

        // The form's own rules pass; the rules that need the database answer next, every field at once.
        page = Jsoup.parse(mvc.perform(post("/documents/external")
                        .param("number", "12-XX/TW")
                        .param("issuerName", "Bộ Chính trị")
                        .param("issuedOn", "2016-05-15")
                        .param("summary", "Văn bản đến")
                        .param("lang", "en")
                        .with(user(support().principal("vanmieu.vanphong")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(page, "number", "not a known document type");
        FormPages.assertErrorShown(page, "registeredById", "is required");
        FormPages.assertSummaryLinks(
                page, "Number The type in the number is not a known document type", "number", "registeredById");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.select("label[for=registeredById] .required-mark")).hasSize(1);
        assertThat(page.getElementById("issuerName").val()).isEqualTo("Bộ Chính trị");
    }

    @Test
    void attachmentAndBasisErrorsAreTiedToTheirFieldsAfterTheRedirect() throws Exception {
        var staff = user(support().principal("dongda.tuyengiao"));
        long plan347 = support().document("347-KH/QU");
        var attach = mvc.perform(multipart("/documents/{id}/attachments", plan347)
                        .file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var page = Jsoup.parse(mvc.perform(get("/documents/{id}", plan347)
                        .session((MockHttpSession) attach.getRequest().getSession())
                        .cookie(attach.getResponse().getCookies())
                        .with(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(page, "file", "là bắt buộc");
        FormPages.assertSummaryLinks(page, "Tệp đính kèm là bắt buộc", "file");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.getElementById("basisId").hasAttr("aria-invalid")).isFalse();

        var basis = mvc.perform(post("/documents/{id}/basis", plan347)
                        .param("basisId", "999999999")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        page = Jsoup.parse(mvc.perform(get("/documents/{id}", plan347)
                        .session((MockHttpSession) basis.getRequest().getSession())
                        .cookie(basis.getResponse().getCookies())
                        .with(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(page, "basisId", "Không tìm thấy văn bản căn cứ");
        FormPages.assertSummaryLinks(page, "Căn cứ cần thêm Không tìm thấy văn bản căn cứ", "basisId");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.getElementById("file").hasAttr("aria-invalid")).isFalse();
    }

    @Test
    void theBasisIsPickedFromASearchableListThatTellsEqualNumbersApart() throws Exception {
        var staff = user(support().principal("dongda.tuyengiao"));
        long kimLien = support().organization("Đảng ủy phường Kim Liên");
        long khamThien = support().organization("Đảng ủy phường Khâm Thiên");
        String summary = "Quy chế chọn căn cứ " + System.nanoTime();
        for (long ward : new long[] {kimLien, khamThien}) {
            mvc.perform(post("/documents")
                            .param("typeCode", "TB")
                            .param("issuerId", String.valueOf(ward))
                            .param("issuedOn", "2017-03-01")
                            .param("summary", summary)
                            .with(staff)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        var ids = jdbc.sql("SELECT id FROM document WHERE summary = :summary ORDER BY issuer_id")
                .param("summary", summary)
                .query(Long.class)
                .list();
        assertThat(ids).hasSize(2);
        String json = mvc.perform(get("/documents/choices").param("q", summary).with(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json)
                .contains("Đảng ủy phường Kim Liên · 01/03/2017")
                .contains("Đảng ủy phường Khâm Thiên · 01/03/2017");
        String other = mvc.perform(get("/documents/choices")
                        .param("q", summary)
                        .with(user(support().principal("bode.vanphong"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(other).isEqualTo("[]");

        long plan347 = support().document("347-KH/QU");
        var page = Jsoup.parse(mvc.perform(get("/documents/{id}", plan347).with(staff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var picker = page.getElementById("basisId");
        assertThat(picker.attr("data-picker-search")).isEqualTo("/documents/choices?except=" + plan347);
        assertThat(picker.select("option").eachText()).noneMatch(text -> text.startsWith("347-KH/QU"));
        assertThat(page.getElementById("basisId-hint").text()).contains("Hiện 20 văn bản mới nhất");

        mvc.perform(post("/documents/{id}/basis", ids.get(1))
                        .param("basisId", String.valueOf(ids.get(0)))
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT basis_id FROM document_basis WHERE document_id = :id")
                        .param("id", ids.get(1))
                        .query(Long.class)
                        .list())
                .containsExactly(ids.get(0));
    }

    @Test
    void issueFormRefusesAFutureDateAndIssuesAsTheCongress() throws Exception {
        var staff = user(support().principal("vanmieu.vanphong"));
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        long before =
                jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        mvc.perform(post("/documents")
                        .param("typeCode", "TB")
                        .param("issuerId", String.valueOf(vanMieu))
                        .param(
                                "issuedOn",
                                LocalDate.now(vn.neuguong.web.TimeConfiguration.ZONE)
                                        .plusDays(1)
                                        .toString())
                        .param("summary", "Thông báo ngày mai")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày ban hành không được ở tương lai")));
        mvc.perform(post("/documents")
                        .param("typeCode", "TB")
                        .param("issuerId", String.valueOf(vanMieu))
                        .param("issuedOn", "2015-05-01")
                        .param("summary", "Thông báo trước đại hội đầu tiên được ghi nhận")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có nhiệm kỳ nào của cấp ủy ban hành")));
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single())
                .isEqualTo(before);

        mvc.perform(post("/documents")
                        .param("typeCode", "NQ")
                        .param("issuerId", String.valueOf(vanMieu))
                        .param("issuedOn", "2020-06-11")
                        .param("byCongress", "true")
                        .param("summary", "Nghị quyết Đại hội Đảng bộ phường Văn Miếu")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long resolution = jdbc.sql(
                        "SELECT id FROM document WHERE summary = 'Nghị quyết Đại hội Đảng bộ phường Văn Miếu'")
                .query(Long.class)
                .single();
        mvc.perform(get("/documents/{id}", resolution).with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("01-NQ/ĐH")))
                .andExpect(content().string(containsString("Văn bản của Đại hội XXIII")));
    }

    @Test
    void aLinkByNumberOpensTheOneDocumentOrListsEveryCandidate() throws Exception {
        var staff = user(support().principal("dongda.tuyengiao"));
        long dongDa = support().organization("Quận ủy Đống Đa");
        mvc.perform(get("/documents/by-number")
                        .param("number", "347-kh/qu")
                        .param("issuerId", String.valueOf(dongDa))
                        .param("on", "2024-12-11")
                        .with(staff))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/documents/" + support().document("347-KH/QU")));
        long kimLien = support().organization("Đảng ủy phường Kim Liên");
        long khamThien = support().organization("Đảng ủy phường Khâm Thiên");
        for (long ward : new long[] {kimLien, khamThien}) {
            mvc.perform(post("/documents")
                            .param("typeCode", "CTr")
                            .param("issuerId", String.valueOf(ward))
                            .param("issuedOn", "2017-02-01")
                            .param("summary", "Chương trình công tác năm 2017")
                            .with(staff)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        var candidates = jdbc.sql("SELECT id FROM document WHERE number_text = '01-CTr/ĐU' AND issuer_id IN (:wards)")
                .param("wards", List.of(kimLien, khamThien))
                .query(Long.class)
                .list();
        assertThat(candidates).hasSize(2);
        mvc.perform(get("/documents/by-number").param("number", "01-CTr/ĐU").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhiều văn bản mang số này")))
                .andExpect(content().string(containsString("href=\"/documents/" + candidates.get(0) + "\"")))
                .andExpect(content().string(containsString("href=\"/documents/" + candidates.get(1) + "\"")));
        mvc.perform(get("/documents/by-number")
                        .param("number", "01-CTr/ĐU")
                        .param("issuerId", String.valueOf(kimLien))
                        .param("on", "2019-01-01")
                        .with(staff))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/by-number")
                        .param("number", "01-CTr/ĐU")
                        .param("issuerId", String.valueOf(kimLien))
                        .param("on", "2021-01-01")
                        .with(staff))
                .andExpect(status().isNotFound());
    }

    @Test
    void markStudiedButtonAnswersWithTheFragment() throws Exception {
        long plan347 = support().document("347-KH/QU");
        var member = support().memberAccount(accounts, "Đảng ủy phường Khâm Thiên");
        mvc.perform(get("/documents/{id}", plan347).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đánh dấu đã học tập")));
        mvc.perform(post("/documents/{id}/studied", plan347)
                        .header("HX-Request", "true")
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("document-studied")))
                .andExpect(content().string(containsString("Bạn đã học tập văn bản này")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(jdbc.sql("SELECT count(*) FROM document_read WHERE document_id = :d AND member_id = :m "
                                + "AND studied_at IS NOT NULL")
                        .param("d", plan347)
                        .param("m", member.actor().memberId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
