package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.IntegrationTest;

/**
 * The staff of phường Văn Miếu cannot reach phường Quốc Tử Giám by any door, whatever id they guess; the staff of
 * Quận ủy Đống Đa, above both, can.
 */
@IntegrationTest
class OrganizationScopeIntegrationTests {

    static final String QUOC_TU_GIAM = "Đảng ủy phường Quốc Tử Giám";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    Organization dongDa;
    Organization vanMieu;
    Organization quocTuGiam;

    @BeforeEach
    void findWards() {
        var hanoi = organizations.findByName(null, "Thành ủy Hà Nội").orElseThrow();
        dongDa = organizations.findByName(hanoi.id(), "Quận ủy Đống Đa").orElseThrow();
        vanMieu =
                organizations.findByName(dongDa.id(), "Đảng ủy phường Văn Miếu").orElseThrow();
        quocTuGiam = organizations.findByName(dongDa.id(), QUOC_TU_GIAM).orElseThrow();
    }

    @Test
    void anotherWardsStaffGet404ForItsPagesAndCannotChangeIt() throws Exception {
        String before = snapshot();
        var vanphong = as("vanmieu.vanphong");
        long id = quocTuGiam.id();

        mvc.perform(get("/organizations/{id}", id).with(vanphong)).andExpect(status().isNotFound());
        mvc.perform(get("/organizations")
                        .param("parentId", String.valueOf(id))
                        .header("HX-Request", "true")
                        .with(vanphong))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organizations/{id}/rename", id).with(vanphong)).andExpect(status().isNotFound());
        mvc.perform(post("/organizations/{id}/rename", id)
                        .param("name", "Chiếm quyền")
                        .param("effectiveOn", LocalDate.now().toString())
                        .with(vanphong)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organizations/{id}/move", id)
                        .param("parentId", String.valueOf(vanMieu.id()))
                        .param("effectiveOn", LocalDate.now().toString())
                        .with(vanphong)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organizations/{id}/merge", id)
                        .param("sourceIds", String.valueOf(id))
                        .param("targetId", String.valueOf(vanMieu.id()))
                        .param("effectiveOn", LocalDate.now().toString())
                        .with(vanphong)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // through its own ward's merge form, naming the other ward as a source
        mvc.perform(post("/organizations/{id}/merge", vanMieu.id())
                        .param("sourceIds", String.valueOf(id))
                        .param("targetId", String.valueOf(vanMieu.id()))
                        .param("effectiveOn", LocalDate.now().toString())
                        .with(vanphong)
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anotherWardsStaffGet404FromTheApiAndCannotChangeIt() throws Exception {
        String before = snapshot();
        var vanphong = as("vanmieu.vanphong");
        long id = quocTuGiam.id();
        String today = LocalDate.now().toString();

        mvc.perform(get("/api/v1/organizations/{id}", id).with(vanphong)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations/{id}/history", id).with(vanphong))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations").param("q", "quoc tu giam").with(vanphong))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(json(
                                post("/api/v1/organizations/{id}/rename", id),
                                "{\"name\":\"Chiếm quyền\",\"effectiveOn\":\"" + today + "\"}")
                        .with(vanphong))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post("/api/v1/organizations/{id}/move", id),
                                "{\"parentId\":" + vanMieu.id() + ",\"effectiveOn\":\"" + today + "\"}")
                        .with(vanphong))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                                post("/api/v1/organizations/merge"),
                                "{\"sourceIds\":[" + id + "],\"targetId\":" + vanMieu.id() + ",\"effectiveOn\":\""
                                        + today + "\"}")
                        .with(vanphong))
                .andExpect(status().isNotFound());

        assertThat(snapshot()).isEqualTo(before);
        mvc.perform(get("/api/v1/organizations/{id}", vanMieu.id()).with(vanphong))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Đảng ủy phường Văn Miếu"));
    }

    @Test
    void theDistrictsStaffReadAndRenameTheWard() throws Exception {
        var dongda = as("dongda.tuyengiao");
        long id = quocTuGiam.id();
        String today = LocalDate.now().toString();

        mvc.perform(get("/organizations/{id}", id).with(dongda)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations/{id}", id).with(dongda))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(QUOC_TU_GIAM));
        try {
            mvc.perform(json(
                                    post("/api/v1/organizations/{id}/rename", id),
                                    "{\"name\":\"Đảng ủy phường Quốc Tử Giám (mới)\",\"effectiveOn\":\"" + today
                                            + "\"}")
                            .with(dongda))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("Đảng ủy phường Quốc Tử Giám (mới)"));
            assertThat(organizations.get(id, Scope.everything()).name()).isEqualTo("Đảng ủy phường Quốc Tử Giám (mới)");
        } finally {
            mvc.perform(post("/organizations/{id}/rename", id)
                            .param("name", QUOC_TU_GIAM)
                            .param("code", quocTuGiam.code())
                            .param("effectiveOn", today)
                            .param(
                                    "version",
                                    String.valueOf(organizations
                                            .get(id, Scope.everything())
                                            .version()))
                            .with(dongda)
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(organizations.get(id, Scope.everything()).name()).isEqualTo(QUOC_TU_GIAM);
    }

    @Test
    void aPartyMemberCannotChangeTheTree() throws Exception {
        mvc.perform(json(
                                post("/api/v1/organizations/{id}/rename", vanMieu.id()),
                                "{\"name\":\"Không được\",\"effectiveOn\":\"" + LocalDate.now() + "\"}")
                        .with(as("dangvien.vanmieu1")))
                .andExpect(status().isForbidden());
        assertThat(organizations.get(vanMieu.id(), Scope.everything()).name()).isEqualTo("Đảng ủy phường Văn Miếu");
    }

    private String snapshot() {
        return jdbc.sql("""
                        SELECT string_agg(concat_ws('|', o.id, o.name, o.path, o.parent_id, o.closed_on, o.version,
                                (SELECT count(*) FROM organization_period p WHERE p.organization_id = o.id)), ';' ORDER BY o.id)
                          FROM organization o WHERE o.id IN (:ids)
                        """)
                .param("ids", java.util.List.of(quocTuGiam.id(), vanMieu.id()))
                .query(String.class)
                .single();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }
}
