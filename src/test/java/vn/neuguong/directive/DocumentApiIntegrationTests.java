package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.organization.CommitteeTerms;
import vn.neuguong.organization.Organizations;

@IntegrationTest
@RecordApplicationEvents
class DocumentApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Organizations organizations;

    @Autowired
    CommitteeTerms terms;

    DocumentTestSupport support() {
        return new DocumentTestSupport(jdbc, users);
    }

    long issue(String username, String json) throws Exception {
        var result = mvc.perform(post("/api/v1/documents")
                        .with(user(support().principal(username)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn();
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void issuesWithASystemNumberSanitizesTheBodyAndPublishesDocumentIssued() throws Exception {
        long ward = support().organization("Đảng ủy phường Văn Chương");
        long plan347 = support().document("347-KH/QU");
        mvc.perform(post("/api/v1/documents")
                        .with(user(support().principal("dongda.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"KH","issuerId":%d,"issuedOn":"2016-04-02","summary":"Kế hoạch thử",
                                 "bodyHtml":"<p>Nội dung <b>đậm</b></p><script>alert(1)</script><img src=\\"x.png\\" onerror=\\"alert(2)\\">",
                                 "basisIds":[%d],"recipientIds":[]}
                                """.formatted(ward, plan347)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/documents/")))
                .andExpect(jsonPath("$.number").value("01-KH/ĐU"))
                .andExpect(jsonPath("$.bodyHtml").value(containsString("<b>đậm</b>")))
                .andExpect(jsonPath("$.bodyHtml").value(not(containsString("<script"))))
                .andExpect(jsonPath("$.bodyHtml").value(not(containsString("onerror"))));
        assertThat(events.stream(DocumentIssued.class)).anySatisfy(event -> {
            assertThat(event.number()).isEqualTo("01-KH/ĐU");
            assertThat(event.issuerId()).isEqualTo(ward);
            assertThat(event.basisIds()).containsExactly(plan347);
        });
    }

    @Test
    void registersAnExternalDocumentOnceAndRefusesTheSameNumberAgain() throws Exception {
        String body = """
                {"number":"09-CT/TW","issuerName":"Ban Bí thư","issuedOn":"2011-12-01",
                 "summary":"Về nâng cao chất lượng học tập"}
                """;
        mvc.perform(post("/api/v1/documents/external")
                        .with(user(support().principal("hanoi.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("09-CT/TW"))
                .andExpect(jsonPath("$.external").value(true))
                .andExpect(jsonPath("$.issuerName").value("Ban Bí thư"));
        mvc.perform(post("/api/v1/documents/external")
                        .with(user(support().principal("hanoi.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].field").value("number"));
        assertThat(events.stream(DocumentIssued.class)).anyMatch(e -> e.number().equals("09-CT/TW"));
    }

    @Test
    void missingFieldsAreNamedAndNothingIsSaved() throws Exception {
        long before =
                jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        mvc.perform(post("/api/v1/documents")
                        .with(user(support().principal("dongda.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"typeCode\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("typeCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuerId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuedOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("summary")));
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void cascadeGoesUpToTheRootsAndDownToEveryImplementingDocument() throws Exception {
        long cv598 = support().document("598-CV/BTGQU");
        mvc.perform(get("/api/v1/documents/{id}/cascade", cv598)
                        .with(user(support().principal("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.up[*].number").value(org.hamcrest.Matchers.contains("284-KH/TU", "347-KH/QU")))
                .andExpect(jsonPath("$.down").isEmpty());
        long kh284 = support().document("284-KH/TU");
        mvc.perform(get("/api/v1/documents/{id}/cascade", kh284)
                        .with(user(support().principal("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.up").isEmpty())
                .andExpect(jsonPath("$.down[*].number", hasItem("347-KH/QU")))
                .andExpect(jsonPath("$.down[*].number", hasItem("598-CV/BTGQU")));
    }

    @Test
    void linkingABasisThatWouldCloseACycleIsRefused() throws Exception {
        long dongDa = support().organization("Quận ủy Đống Đa");
        long plan347 = support().document("347-KH/QU");
        long a = issue("dongda.tuyengiao", """
                {"typeCode":"TB","issuerId":%d,"issuedOn":"2016-01-05","summary":"Thông báo A"}
                """.formatted(dongDa));
        long b = issue("dongda.tuyengiao", """
                {"typeCode":"TB","issuerId":%d,"issuedOn":"2016-01-06","summary":"Thông báo B"}
                """.formatted(dongDa));
        var staff = user(support().principal("dongda.tuyengiao"));
        mvc.perform(post("/api/v1/documents/{id}/basis", b)
                        .with(staff)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basisId\":%d}".formatted(a)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/documents/{id}/basis", a)
                        .with(staff)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basisId\":%d}".formatted(plan347)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/documents/{id}/basis", plan347)
                        .with(staff)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basisId\":%d}".formatted(b)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("basisId"));
        mvc.perform(post("/api/v1/documents/{id}/basis", a)
                        .with(staff)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"basisId\":%d}".formatted(a)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("basisId"));
        mvc.perform(get("/api/v1/documents/{id}/cascade", plan347).with(staff))
                .andExpect(jsonPath("$.down[*].id", hasItem((int) b)));
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByTypeIssuerNumberAndDate() throws Exception {
        var staff = user(support().principal("dongda.tuyengiao"));
        mvc.perform(get("/api/v1/documents").param("q", "ke hoach 347").with(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].number", hasItem("347-KH/QU")));
        mvc.perform(get("/api/v1/documents").param("q", "kế hoạch").with(staff))
                .andExpect(jsonPath("$.items[*].number", hasItem("347-KH/QU")));
        mvc.perform(get("/api/v1/documents")
                        .param("q", "ky nguyen vuon minh")
                        .param("type", "CV")
                        .with(staff))
                .andExpect(jsonPath("$.items[*].number").value(org.hamcrest.Matchers.contains("598-CV/BTGQU")));
        mvc.perform(get("/api/v1/documents").param("number", "284-kh/tu").with(staff))
                .andExpect(jsonPath("$.items[*].number").value(org.hamcrest.Matchers.contains("284-KH/TU")));
        // Other tests of the shared database issue their own Đống Đa plans, so the filter is checked on every item.
        long dongDa = support().organization("Quận ủy Đống Đa");
        mvc.perform(get("/api/v1/documents")
                        .param("issuerId", String.valueOf(dongDa))
                        .param("from", "2024-12-01")
                        .param("to", "2024-12-11")
                        .param("size", "100")
                        .with(staff))
                .andExpect(jsonPath("$.items[*].number", hasItem("347-KH/QU")))
                .andExpect(jsonPath("$.items[*].number", org.hamcrest.Matchers.not(hasItem("598-CV/BTGQU"))))
                .andExpect(jsonPath("$.items[*].issuerId", everyItem(org.hamcrest.Matchers.is((int) dongDa))))
                .andExpect(jsonPath(
                        "$.items[*].issuedOn",
                        everyItem(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.greaterThanOrEqualTo("2024-12-01"),
                                org.hamcrest.Matchers.lessThanOrEqualTo("2024-12-11")))));
        mvc.perform(get("/api/v1/documents").param("q", "neu guong").with(staff))
                .andExpect(jsonPath("$.items[*].number", hasItem("05-CT/TW")));
    }

    @Test
    void membersReadAndStudyAndStaffSeeWhoInTheirScope() throws Exception {
        long plan347 = support().document("347-KH/QU");
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        var member = support().memberAccount(accounts, "Đảng ủy phường Văn Miếu");
        mvc.perform(get("/api/v1/documents/inbox/{org}", vanMieu).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[*].number", hasItem("347-KH/QU")));
        mvc.perform(get("/api/v1/documents/{id}", plan347).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readState.readAt").exists())
                .andExpect(jsonPath("$.readState.studiedAt").doesNotExist());
        mvc.perform(post("/api/v1/documents/{id}/studied", plan347)
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.studiedAt").exists());

        String name = member.actor().memberId() == null
                ? ""
                : jdbc.sql("SELECT full_name FROM member WHERE id = :id")
                        .param("id", member.actor().memberId())
                        .query(String.class)
                        .single();
        mvc.perform(get("/api/v1/documents/{id}/readers", plan347)
                        .with(user(support().principal("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[?(@.organizationName == 'Đảng ủy phường Văn Miếu')].studied",
                        hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$[*].readers[*].fullName", hasItem(name)));
        mvc.perform(get("/api/v1/documents/{id}/readers", plan347)
                        .with(user(support().principal("quoctugiam.vanphong"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].organizationName")
                        .value(org.hamcrest.Matchers.contains("Đảng ủy phường Quốc Tử Giám")))
                .andExpect(jsonPath("$[*].readers[*].fullName", not(hasItem(name))));
        mvc.perform(post("/api/v1/documents/{id}/studied", plan347)
                        .with(user(support().principal("dongda.tuyengiao")))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"));
    }

    @Test
    void attachmentsAreCheckedByTheirContentAndCanBeDownloaded() throws Exception {
        long ward = support().organization("Đảng ủy phường Trung Tự");
        long id = issue("dongda.tuyengiao", """
                {"typeCode":"BC","issuerId":%d,"issuedOn":"2016-02-01","summary":"Báo cáo có tệp"}
                """.formatted(ward));
        var staff = user(support().principal("dongda.tuyengiao"));
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var created = mvc.perform(multipart("/api/v1/documents/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", pdf))
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn();
        long attachment = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/api/v1/documents/{id}/attachments/{a}", id, attachment)
                        .with(staff))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(pdf));

        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[60] = (byte) 0x80;
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        for (byte[] disguised : new byte[][] {exe, html}) {
            mvc.perform(multipart("/api/v1/documents/{id}/attachments", id)
                            .file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", disguised))
                            .with(staff)
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("file"));
        }
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        mvc.perform(multipart("/api/v1/documents/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "lon.pdf", "application/pdf", tooLarge))
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(jdbc.sql("SELECT count(*) FROM document_attachment WHERE document_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/documents/{id}/attachments/{a}", id, attachment)
                        .with(user(support().principal("bode.vanphong"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void openApiDescribesTheDocumentEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/documents']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/external']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}/cascade']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}/attachments']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/{id}/studied']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/documents/inbox/{organizationId}']")
                        .exists());
    }

    @Test
    void aNumberIsResolvedByIssuerAndTermAndABareNumberListsEveryCandidate() throws Exception {
        long ward = support().committee(organizations, terms, LocalDate.of(2015, 6, 11), LocalDate.of(2020, 6, 11));
        String notice = """
                {"typeCode":"TB","issuerId":%d,"issuedOn":"%s","summary":"Thông báo đầu nhiệm kỳ"}
                """;
        long first = issue("hanoi.tuyengiao", notice.formatted(ward, "2015-07-01"));
        long second = issue("hanoi.tuyengiao", notice.formatted(ward, "2020-07-01"));
        var staff = user(support().principal("hanoi.tuyengiao"));

        mvc.perform(get("/api/v1/documents/by-number")
                        .param("number", "01-TB/ĐU")
                        .param("issuerId", String.valueOf(ward))
                        .with(staff))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("termId"))
                .andExpect(jsonPath("$.errors[0].rejectedValue")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("id " + first),
                                org.hamcrest.Matchers.containsString("id " + second))));
        long firstTerm =
                terms.covering(ward, LocalDate.of(2015, 7, 1)).orElseThrow().id();
        mvc.perform(get("/api/v1/documents/by-number")
                        .param("number", "01-TB/ĐU")
                        .param("issuerId", String.valueOf(ward))
                        .param("termId", String.valueOf(firstTerm))
                        .with(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value((int) first));
        mvc.perform(get("/api/v1/documents/by-number")
                        .param("number", "01-tb/đu")
                        .param("issuerId", String.valueOf(ward))
                        .param("on", "2018-01-01")
                        .with(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value((int) first))
                .andExpect(jsonPath("$.termOrdinal").value(1));
        mvc.perform(get("/api/v1/documents/by-number")
                        .param("number", "01-TB/ĐU")
                        .param("issuerId", String.valueOf(ward))
                        .param("on", "2024-01-01")
                        .with(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value((int) second));
        mvc.perform(get("/api/v1/documents/by-number")
                        .param("number", "01-TB/ĐU")
                        .param("issuerId", String.valueOf(ward))
                        .param("on", "2015-01-01")
                        .with(staff))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/by-number").with(staff))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
        long other = support().committee(organizations, terms, LocalDate.of(2015, 6, 11));
        long third = issue("hanoi.tuyengiao", notice.formatted(other, "2015-07-01"));
        mvc.perform(get("/api/v1/documents/by-number")
                        .param("number", "01-TB/ĐU")
                        .with(staff))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuerId"))
                .andExpect(jsonPath("$.errors[0].rejectedValue")
                        .value(org.hamcrest.Matchers.containsString("id " + third)));
        mvc.perform(get("/api/v1/documents/by-number")
                        .param("number", "01-TB/ĐU")
                        .param("issuerId", String.valueOf(ward))
                        .with(user(support().principal("bode.vanphong"))))
                .andExpect(status().isNotFound());

        long secondTerm =
                terms.covering(ward, LocalDate.of(2020, 7, 1)).orElseThrow().id();
        mvc.perform(get("/api/v1/documents")
                        .param("number", "01-TB/ĐU")
                        .param("issuerId", String.valueOf(ward))
                        .param("termId", String.valueOf(secondTerm))
                        .with(staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value((int) second));
    }

    @Test
    void aBasisByNumberNeedsItsIssuerAndTermOnceTheNumberRepeats() throws Exception {
        long ward = support().committee(organizations, terms, LocalDate.of(2015, 6, 11), LocalDate.of(2020, 6, 11));
        String plan = """
                {"typeCode":"KH","issuerId":%d,"issuedOn":"%s","summary":"Kế hoạch %s"}
                """;
        long first = issue("hanoi.tuyengiao", plan.formatted(ward, "2015-07-01", "nhiệm kỳ 1"));
        long second = issue("hanoi.tuyengiao", plan.formatted(ward, "2020-07-01", "nhiệm kỳ 2"));
        long letter = issue("hanoi.tuyengiao", plan.formatted(ward, "2020-08-01", "thực hiện"));
        var staff = user(support().principal("hanoi.tuyengiao"));
        long before = jdbc.sql("SELECT count(*) FROM document_basis WHERE document_id = :id")
                .param("id", letter)
                .query(Long.class)
                .single();

        mvc.perform(post("/api/v1/documents/{id}/basis", letter)
                        .with(staff)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"01-KH/ĐU\",\"issuerId\":%d}".formatted(ward)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("termId"))
                .andExpect(jsonPath("$.errors[0].rejectedValue")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("id " + first),
                                org.hamcrest.Matchers.containsString("id " + second))));
        assertThat(jdbc.sql("SELECT count(*) FROM document_basis WHERE document_id = :id")
                        .param("id", letter)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        long firstTerm =
                terms.covering(ward, LocalDate.of(2015, 7, 1)).orElseThrow().id();
        mvc.perform(post("/api/v1/documents/{id}/basis", letter)
                        .with(staff)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"01-KH/ĐU\",\"issuerId\":%d,\"termId\":%d}".formatted(ward, firstTerm)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/documents/{id}/cascade", letter).with(staff))
                .andExpect(jsonPath("$.up[*].id", hasItem((int) first)));
        mvc.perform(post("/api/v1/documents/{id}/basis", letter)
                        .with(staff)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("basisId"));
    }

    @Test
    void anUnknownTypeIsNamedWithTheOtherBadFieldsOfTheRule() throws Exception {
        long dongDa = support().organization("Quận ủy Đống Đa");
        mvc.perform(post("/api/v1/documents")
                        .with(user(support().principal("dongda.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"XX","issuerId":%d,"issuedOn":"2016-01-05","summary":"Loại lạ",
                                 "recipientIds":[%d]}
                                """.formatted(dongDa, support().organization("Đảng ủy phường Bồ Đề"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("typeCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("recipientIds")));
    }

    @Test
    void anExternalDocumentWithoutItsIssuerOrWithABadNumberIsRefusedByField() throws Exception {
        long before =
                jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        mvc.perform(post("/api/v1/documents/external")
                        .with(user(support().principal("hanoi.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number":"năm-CT","issuerName":" ","issuedOn":"2016-01-05","summary":"Chỉ thị"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("number")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuerName")));
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aFutureIssueDateIsABadRequestNamingTheDate() throws Exception {
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        long before =
                jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        mvc.perform(post("/api/v1/documents")
                        .with(user(support().principal("vanmieu.vanphong")))
                        .with(csrf())
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"TB","issuerId":%d,"issuedOn":"%s","summary":"Ngày mai"}
                                """.formatted(
                                        vanMieu,
                                        LocalDate.now(vn.neuguong.web.TimeConfiguration.ZONE)
                                                .plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("The issue date cannot be in the future"));
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single())
                .isEqualTo(before);
    }
}
