package vn.neuguong.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** Input that used to answer 500, or 400 without naming the field, answers a 4xx that names it. */
@IntegrationTest
class BadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    JdbcClient jdbc;

    UserDetails staff() {
        return demo.account("dongda.tuyengiao");
    }

    @Test
    void theLargestPageNumberAnswersAnEmptyPageNotAServerError() throws Exception {
        for (String path : new String[] {"/api/v1/documents", "/api/v1/audit"}) {
            mvc.perform(get(path).param("page", "2147483647").with(user(staff())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty());
        }
        mvc.perform(get("/api/v1/members").param("page", "2147483647").with(user(staff())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
        for (String path : new String[] {"/documents", "/audit", "/members"}) {
            mvc.perform(get(path).param("page", "2147483647").with(user(staff())))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void aPageNumberThatIsNotANumberNamesTheParameter() throws Exception {
        mvc.perform(get("/api/v1/documents").param("page", "99999999999").with(user(staff())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/audit").param("page", "abc").with(user(staff())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void aNulByteInAQueryParameterNamesTheParameter() throws Exception {
        mvc.perform(get("/api/v1/documents").param("q", "nêu\u0000gương").with(user(staff())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/members").param("q", "\u0000").with(user(staff())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/documents").param("q", "a\u0000").with(user(staff())).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("q")));
    }

    @Test
    void aNulByteInAJsonTextNamesTheFieldAndSavesNothing() throws Exception {
        long before = documents();
        mvc.perform(post("/api/v1/documents")
                        .with(user(staff()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"CV","issuerId":%d,"issuedOn":"2024-12-12",
                                 "summary":"Tuyên truyền\\u0000","bodyHtml":"<p>x</p>"}
                                """.formatted(dongDa())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("summary"));
        org.assertj.core.api.Assertions.assertThat(documents()).isEqualTo(before);
    }

    @Test
    void jsonTypeErrorsNameTheFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/documents")
                        .with(user(staff()))
                        .with(csrf())
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"CV","issuerId":%d,"issuedOn":"2024-02-30","summary":"x"}
                                """.formatted(dongDa())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuedOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ngày")));
        mvc.perform(post("/api/v1/documents")
                        .with(user(staff()))
                        .with(csrf())
                        .header("Accept-Language", "en-GB,en;q=0.8")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"CV","issuerId":"many","issuedOn":"2024-12-12","summary":"x"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuerId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("number")));
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(staff()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"x","requirements":[{"kind":"DANCE","appliesTo":"WARD","dueOn":"2025-01-01"}]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requirements[0].kind"));
        mvc.perform(post("/api/v1/campaigns")
                        .with(user(staff()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").exists());
    }

    @Test
    void anUnknownLanguageIsIgnoredOnEveryPageAndNeverEchoed() throws Exception {
        mvc.perform(get("/login").param("lang", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/dashboard").param("lang", "<script>").with(user(staff())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations").param("lang", "xx_YY_zz<").with(user(staff())))
                .andExpect(status().isOk());
    }

    @Test
    void aProblemListsTheFieldsAsTheOpenApiDocumentSays() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/documents'].get.parameters[*].name", hasItem("page")));
    }

    private long documents() {
        return jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
    }

    private long dongDa() {
        return demo.organization("Quận ủy Đống Đa");
    }
}
