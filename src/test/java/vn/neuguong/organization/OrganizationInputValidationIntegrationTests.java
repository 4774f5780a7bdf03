package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.FormPages;

/**
 * Every organization and committee-term input is checked by its annotations first: a blank required field answers
 * 400 naming it in the API and shows its message on the form, and nothing is saved.
 */
@IntegrationTest
class OrganizationInputValidationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Organization district;
    Organization ward;
    RequestPostProcessor admin;

    @BeforeEach
    void buildTree() {
        tree = new TestTree(organizations, jdbc);
        district = tree.district("Quận ủy Kiểm tra");
        ward = tree.ward(district, "Đảng ủy phường Kiểm tra");
        admin = user(accounts.loadUserByUsername("admin"));
    }

    @Test
    void everyBodyNamesItsBlankRequiredFieldAndNothingIsSaved() throws Exception {
        long audits = tree.auditRows(ward);
        badRequest(post("/api/v1/organizations"), """
                {"parentId": %d, "kind": "CELL", "levelLabel": "Chi bộ", "name": " ", "code": "CB",
                 "establishedOn": "2020-01-01"}""".formatted(ward.id()), "name");
        badRequest(post("/api/v1/organizations"), """
                {"parentId": %d, "levelLabel": "Chi bộ", "name": "Chi bộ %s", "code": "CB", "address": "%s",
                 "establishedOn": "2020-01-01"}""".formatted(ward.id(), tree.suffix, "x".repeat(501)), "kind");
        badRequest(put("/api/v1/organizations/{id}", ward.id()).header("If-Match", "\"0\""), """
                {"levelLabel": "", "code": "ĐU"}""", "levelLabel");
        badRequest(post("/api/v1/organizations/{id}/rename", ward.id()), """
                {"name": "Tên mới"}""", "effectiveOn");
        badRequest(post("/api/v1/organizations/{id}/move", ward.id()), """
                {"effectiveOn": "2025-07-01"}""", "parentId");
        badRequest(post("/api/v1/organizations/merge"), """
                {"sourceIds": [%d], "targetId": %d, "code": "C B"}""".formatted(ward.id(), district.id()), "code");
        badRequest(post("/api/v1/organizations/{id}/split", ward.id()), """
                {"effectiveOn": "2025-07-01", "parts": [{"name": "Một", "code": "M"}, {"name": "", "code": "H"}]}""", "parts[1].name");
        badRequest(post("/api/v1/organizations/{id}/split", ward.id()), """
                {"effectiveOn": "2025-07-01", "parts": [{"name": "Một", "code": "M"}]}""", "parts");
        badRequest(post("/api/v1/organizations/{id}/close", ward.id()), "{}", "effectiveOn");
        badRequest(post("/api/v1/organizations/{id}/terms", district.id()), """
                {"ordinal": 0, "congressOpenedOn": "2020-01-01", "congressClosedOn": "2020-01-02"}""", "ordinal");

        assertThat(tree.reload(ward)).isEqualTo(ward);
        assertThat(tree.periods(ward)).isEqualTo(1);
        assertThat(tree.auditRows(ward)).isEqualTo(audits);
        assertThat(organizations.findByName(ward.id(), "Chi bộ " + tree.suffix)).isEmpty();
    }

    @Test
    void everyFormShowsTheMessageOfItsBlankRequiredFieldAndNothingIsSaved() throws Exception {
        var create = page(form(post("/organizations/new"))
                .param("parentId", String.valueOf(ward.id()))
                .param("kind", "CELL")
                .param("levelLabel", "Chi bộ")
                .param("name", "")
                .param("code", "CB")
                .param("establishedOn", "2020-01-01"));
        FormPages.assertFieldError(create, "name", "là bắt buộc");

        var edit = page(form(post("/organizations/{id}/edit", ward.id()))
                .param("levelLabel", ward.levelLabel())
                .param("name", ward.name())
                .param("code", "")
                .param("version", String.valueOf(ward.version())));
        FormPages.assertFieldError(edit, "code", "là bắt buộc");

        var move = page(form(post("/organizations/{id}/move", ward.id())).param("effectiveOn", "2025-07-01"));
        FormPages.assertFieldError(move, "parentId", "là bắt buộc");

        var merge = page(form(post("/organizations/{id}/merge", ward.id()))
                .param("sourceIds", String.valueOf(ward.id()))
                .param("effectiveOn", ""));
        FormPages.assertFieldError(merge, "effectiveOn", "là bắt buộc");

        var close = page(form(post("/organizations/{id}/close", ward.id())).param("effectiveOn", ""));
        FormPages.assertFieldError(close, "effectiveOn", "là bắt buộc");

        var split = page(form(post("/organizations/{id}/split", ward.id()))
                .param("effectiveOn", "2025-07-01")
                .param("partName", "Phần một", "")
                .param("partCode", "P1", ""));
        assertThat(split.selectFirst(".error-summary").text()).contains("ít nhất hai");

        assertThat(tree.reload(ward)).isEqualTo(ward);
        assertThat(tree.periods(ward)).isEqualTo(1);
        assertThat(organizations.children(ward.id(), Scope.everything())).isEmpty();
    }

    private void badRequest(MockHttpServletRequestBuilder request, String body, String field) throws Exception {
        mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.with(admin).with(csrf());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response =
                mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString());
    }
}
