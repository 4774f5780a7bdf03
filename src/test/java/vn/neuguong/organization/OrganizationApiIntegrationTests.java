package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import vn.neuguong.organization.StructureChanges.Rename;

@IntegrationTest
class OrganizationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    TreeHistory treeHistory;

    @Autowired
    StructureChanges changes;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Organization district;
    Organization wardA;
    Organization wardB;
    RequestPostProcessor admin;
    RequestPostProcessor dongda;

    @BeforeEach
    void buildTree() {
        tree = new TestTree(organizations, jdbc);
        district = tree.district("Quận ủy API");
        wardA = tree.ward(district, "Đảng ủy phường API A");
        wardB = tree.ward(district, "Đảng ủy phường API B");
        admin = user(accounts.loadUserByUsername("admin"));
        dongda = user(accounts.loadUserByUsername("dongda.tuyengiao"));
    }

    @Test
    void searchIgnoresDiacriticsAndStaysInsideTheScope() throws Exception {
        mvc.perform(get("/api/v1/organizations").param("q", "quoc tu giam").with(dongda))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Đảng ủy phường Quốc Tử Giám"));
        mvc.perform(get("/api/v1/organizations").param("q", "bo de").with(dongda))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/organizations").param("q", "%").with(dongda))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void listFiltersByParentAndKindAndPages() throws Exception {
        long dongDa = organizations
                .findByName(tree.hanoi().id(), "Quận ủy Đống Đa")
                .orElseThrow()
                .id();
        mvc.perform(get("/api/v1/organizations")
                        .param("parentId", String.valueOf(dongDa))
                        .param("kind", "GRASSROOTS_COMMITTEE")
                        .param("size", "5")
                        .with(dongda))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5));
        mvc.perform(get("/api/v1/organizations")
                        .param("parentId", String.valueOf(dongDa))
                        .param("kind", "GRASSROOTS_COMMITTEE")
                        .param("size", "5")
                        .param("page", "5")
                        .with(dongda))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.page").value(5));
        mvc.perform(get("/api/v1/organizations").param("page", "0").with(dongda))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/organizations").param("size", "0").with(dongda))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void listAsOfADateShowsTheNamesOfThatDate() throws Exception {
        changes.rename(
                wardA.id(),
                new Rename("Phường Đổi Tên " + tree.suffix, null, LocalDate.of(2025, 7, 1)),
                Scope.everything());

        mvc.perform(get("/api/v1/organizations")
                        .param("parentId", String.valueOf(district.id()))
                        .param("asOf", "2025-06-30")
                        .with(admin))
                .andExpect(jsonPath("$.items[*].name", hasItem(wardA.name())))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("Phường Đổi Tên " + tree.suffix))));
        mvc.perform(get("/api/v1/organizations")
                        .param("parentId", String.valueOf(district.id()))
                        .param("asOf", "2025-07-01")
                        .param("q", "phuong doi ten")
                        .with(admin))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Phường Đổi Tên " + tree.suffix));
    }

    @Test
    void createsReadsAndUpdatesAnOrganization() throws Exception {
        var body = """
                {"parentId": %d, "kind": "CELL", "levelLabel": "Chi bộ", "name": "Chi bộ API %s", "code": "CB",
                 "address": "Ngõ 1", "establishedOn": "2020-03-01"}
                """.formatted(wardA.id(), tree.suffix);
        var response = mvc.perform(json(post("/api/v1/organizations"), body).with(admin))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentId").value(wardA.id()))
                .andExpect(jsonPath("$.kind").value("CELL"))
                .andReturn();
        long id = organizations
                .findByName(wardA.id(), "Chi bộ API " + tree.suffix)
                .orElseThrow()
                .id();
        assertThat(response.getResponse().getContentAsString()).contains("\"id\":" + id);

        mvc.perform(get("/api/v1/organizations/{id}", id).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("Ngõ 1"))
                .andExpect(jsonPath("$.path").value(wardA.path() + "." + id));
        String etag = mvc.perform(get("/api/v1/organizations/{id}", id).with(admin))
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(json(put("/api/v1/organizations/{id}", id), """
                        {"levelLabel": "Chi bộ", "code": "CBA", "address": "Ngõ 2"}""")
                        .header("If-Match", etag)
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.code").value("CBA"))
                .andExpect(jsonPath("$.address").value("Ngõ 2"));
    }

    @Test
    void badInputAnswers400NamingEachField() throws Exception {
        mvc.perform(json(post("/api/v1/organizations"), """
                        {"parentId": %d, "kind": "CELL", "levelLabel": "", "name": "", "code": "C B",
                         "establishedOn": "2020-03-01"}""".formatted(wardA.id()))
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("levelLabel")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")));
        mvc.perform(json(post("/api/v1/organizations/{id}/rename", wardA.id()), """
                        {"name": " ", "effectiveOn": "2025-07-01"}""")
                        .param("lang", "en")
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
        assertThat(tree.reload(wardA).name()).isEqualTo(wardA.name());
        mvc.perform(json(post("/api/v1/organizations/merge"), """
                        {"sourceIds": [%d, %d], "targetId": %d, "effectiveOn": "2025-07-01"}""".formatted(wardA.id(), wardB.id(), wardA.id()))
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetId"));
        mvc.perform(json(post("/api/v1/organizations/{id}/move", district.id()), """
                        {"parentId": %d, "effectiveOn": "2025-07-01"}""".formatted(wardA.id()))
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        assertThat(tree.periods(wardA)).isEqualTo(1);
    }

    @Test
    void structureChangesThroughTheApiAndTheirHistory() throws Exception {
        var cell = tree.cell(wardA, "Chi bộ API");
        mvc.perform(json(post("/api/v1/organizations/{id}/rename", wardA.id()), """
                        {"name": "Phường API Mới", "effectiveOn": "2025-01-01"}""")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phường API Mới"));
        mvc.perform(json(post("/api/v1/organizations/{id}/move", cell.id()), """
                        {"parentId": %d, "effectiveOn": "2025-02-01"}""".formatted(wardB.id()))
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(wardB.id()));
        mvc.perform(json(post("/api/v1/organizations/merge"), """
                        {"sourceIds": [%d, %d], "name": "Phường API Hợp Nhất", "code": "ĐU", "effectiveOn": "2025-07-01"}""".formatted(wardA.id(), wardB.id()))
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Phường API Hợp Nhất"))
                .andExpect(jsonPath("$.establishedOn").value("2025-07-01"));
        long merged = organizations
                .findByName(district.id(), "Phường API Hợp Nhất")
                .orElseThrow()
                .id();
        mvc.perform(json(post("/api/v1/organizations/{id}/split", merged), """
                        {"effectiveOn": "2025-09-01",
                         "parts": [{"name": "Phường API Đông", "code": "ĐU"}, {"name": "Phường API Tây", "code": "ĐU"}],
                         "children": {"%d": 1}}""".formatted(cell.id()))
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].name").value("Phường API Tây"));
        assertThat(tree.reload(cell).parentId())
                .isEqualTo(organizations
                        .findByName(district.id(), "Phường API Tây")
                        .orElseThrow()
                        .id());

        mvc.perform(get("/api/v1/organizations/{id}/history", wardA.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].validTo").value("2025-01-01"))
                .andExpect(jsonPath("$[1].name").value("Phường API Mới"))
                .andExpect(jsonPath("$[1].validTo").value("2025-07-01"))
                .andExpect(jsonPath("$[1].changeKind").value("RENAME"));
        mvc.perform(get("/api/v1/organizations/{id}/history", cell.id()).with(admin))
                .andExpect(jsonPath("$[*].changeKind")
                        .value(org.hamcrest.Matchers.contains("CREATE", "MOVE", "MERGE", "SPLIT")));
    }

    @Test
    void treeAsOfADateIsNested() throws Exception {
        var cell = tree.cell(wardA, "Chi bộ Cây");
        mvc.perform(get("/api/v1/organizations/tree")
                        .param("asOf", "2024-01-01")
                        .with(dongda))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Quận ủy Đống Đa"))
                .andExpect(jsonPath("$[0].children[*].name", hasItem("Đảng ủy phường Văn Miếu")));
        mvc.perform(get("/api/v1/organizations/tree")
                        .param("asOf", "2014-12-31")
                        .with(dongda))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/organizations/tree").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(jsonPath("$[*].name", hasItem("Thành ủy Hà Nội")));
        assertThat(treeHistory
                        .treeAsOf(LocalDate.now(), Scope.below(wardA.id()))
                        .get(0)
                        .children())
                .extracting(OrganizationTree::id)
                .containsExactly(cell.id());
    }

    @Test
    void theOpenApiDocumentDescribesTheOrganizationApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organizations']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organizations/tree']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organizations/merge']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/organizations/{id}/split']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organizations/{id}/history']")
                        .exists());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }
}
