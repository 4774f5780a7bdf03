package vn.neuguong.directive;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;

@IntegrationTest
class DocumentScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Documents documents;

    @Autowired
    Accounts accounts;

    DocumentTestSupport support() {
        return new DocumentTestSupport(jdbc, users);
    }

    @Test
    void wardStaffCannotReadAnotherWardsInternalDocument() throws Exception {
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        long cell = jdbc.sql("SELECT id FROM organization WHERE parent_id = :ward ORDER BY name LIMIT 1")
                .param("ward", vanMieu)
                .query(Long.class)
                .single();
        long plan347 = support().document("347-KH/QU");
        var result = mvc.perform(post("/api/v1/documents")
                        .with(user(support().principal("vanmieu.vanphong")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"KH","issuerId":%d,"issuedOn":"2024-12-16","summary":"Kế hoạch nội bộ phường",
                                 "basisIds":[%d],"recipientIds":[%d]}
                                """.formatted(vanMieu, plan347, cell)))
                .andExpect(status().isCreated())
                .andReturn();
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();

        var other = support().principal("quoctugiam.vanphong");
        mvc.perform(get("/api/v1/documents/{id}", id).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}/cascade", id).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}", id).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/inbox/{org}", vanMieu).with(user(other)))
                .andExpect(status().isNotFound());
        assertThat(documents.find(id, Scope.of(other.actor()))).isEmpty();
        mvc.perform(get("/api/v1/documents/{id}/cascade", plan347).with(user(other)))
                .andExpect(jsonPath("$.down[*].id", Matchers.not(Matchers.hasItem((int) id))));

        mvc.perform(get("/api/v1/documents/{id}", id).with(user(support().principal("dongda.tuyengiao"))))
                .andExpect(status().isOk());
        assertThat(documents.find(id, Scope.of(support().actor("vanmieu.vanphong"))))
                .hasValueSatisfying(d -> assertThat(d.number()).endsWith("-KH/ĐU"));
    }

    @Test
    void wardStaffCannotIssueForAnotherOrganizationNorSendOutsideTheIssuer() throws Exception {
        long quocTuGiam = support().organization("Đảng ủy phường Quốc Tử Giám");
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        long before =
                jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        mvc.perform(post("/api/v1/documents")
                        .with(user(support().principal("vanmieu.vanphong")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"TB","issuerId":%d,"issuedOn":"2024-12-16","summary":"Không được phép"}
                                """.formatted(quocTuGiam)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuerId"));
        mvc.perform(post("/api/v1/documents")
                        .with(user(support().principal("vanmieu.vanphong")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"TB","issuerId":%d,"issuedOn":"2024-12-16","summary":"Gửi sai nơi",
                                 "recipientIds":[%d]}
                                """.formatted(vanMieu, quocTuGiam)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipientIds"));
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void directivesComingDownAreVisibleButAnotherDistrictsAreNot() {
        var vanMieu = Scope.of(support().actor("vanmieu.vanphong"));
        for (String number : new String[] {"05-CT/TW", "01-KL/TW", "284-KH/TU", "347-KH/QU", "598-CV/BTGQU"}) {
            assertThat(documents.find(support().document(number), vanMieu))
                    .as(number)
                    .isPresent();
        }
        var boDe = Scope.of(support().actor("bode.vanphong"));
        assertThat(documents.find(support().document("598-CV/BTGQU"), boDe)).isEmpty();
        assertThat(documents.find(support().document("347-KH/QU"), boDe)).isEmpty();
        assertThat(documents.find(support().document("104-KH/QU"), boDe)).isPresent();
        assertThat(documents.find(support().document("111-HD/ĐU"), vanMieu)).isEmpty();
    }

    @Test
    void anIncomingDocumentIsReadOnlyInTheRegistrarsScopeAndByItsRecipients() throws Exception {
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        long cell = jdbc.sql("SELECT id FROM organization WHERE parent_id = :ward ORDER BY name LIMIT 1")
                .param("ward", vanMieu)
                .query(Long.class)
                .single();
        var registrar = support().principal("vanmieu.vanphong");
        var result = mvc.perform(post("/api/v1/documents/external")
                        .with(user(registrar))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number":"23-CT/TW","issuerName":"Ban Bí thư","issuedOn":"2018-02-09",
                                 "summary":"Văn bản đến riêng của phường Văn Miếu","registeredById":%d,"recipientIds":[%d]}
                                """.formatted(vanMieu, cell)))
                .andExpect(status().isCreated())
                .andReturn();
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        var upload = mvc.perform(multipart("/api/v1/documents/{id}/attachments", id)
                        .file(new MockMultipartFile(
                                "file", "chi-thi.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(US_ASCII)))
                        .with(user(registrar))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn();
        long attachment = ((Number) JsonPath.read(upload.getResponse().getContentAsString(), "$.id")).longValue();

        var otherWard = support().principal("quoctugiam.vanphong");
        var otherMember = support().memberAccount(accounts, "Đảng ủy phường Quốc Tử Giám");
        for (var foreign : new ActorPrincipal[] {otherWard, otherMember}) {
            mvc.perform(get("/api/v1/documents/{id}", id).with(user(foreign))).andExpect(status().isNotFound());
            mvc.perform(get("/documents/{id}", id).with(user(foreign))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/documents/{id}/attachments/{a}", id, attachment)
                            .with(user(foreign)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/documents/{id}/attachments/{a}", id, attachment).with(user(foreign)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/documents/{id}/cascade", id).with(user(foreign)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/documents").param("number", "23-CT/TW").with(user(foreign)))
                    .andExpect(jsonPath("$.total").value(0));
            mvc.perform(get("/api/v1/documents/by-number")
                            .param("number", "23-CT/TW")
                            .with(user(foreign)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/documents").param("q", "van ban den rieng").with(user(foreign)))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("23-CT/TW"))));
        }
        mvc.perform(get("/api/v1/documents/inbox/{org}", cell).with(user(otherWard)))
                .andExpect(status().isNotFound());

        for (var reader : new ActorPrincipal[] {registrar, support().principal("dongda.tuyengiao")}) {
            mvc.perform(get("/api/v1/documents/{id}", id).with(user(reader))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/documents/{id}/attachments/{a}", id, attachment)
                            .with(user(reader)))
                    .andExpect(status().isOk());
        }
        var recipient = support().memberAccount(accounts, "Đảng ủy phường Văn Miếu");
        mvc.perform(get("/api/v1/documents/inbox/{org}", cell).with(user(recipient)))
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItem((int) id)));
        mvc.perform(get("/api/v1/documents/{id}", id).with(user(recipient))).andExpect(status().isOk());
        assertThat(documents.find(id, Scope.of(support().actor("bode.vanphong"))))
                .isEmpty();

        mvc.perform(post("/api/v1/documents/external")
                        .with(user(otherWard))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"number":"23-CT/TW","issuerName":"Ban Bí thư","issuedOn":"2018-02-09",
                                 "summary":"Bản vào sổ của phường Quốc Tử Giám"}
                                """))
                .andExpect(status().isCreated());
    }
}
