package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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
import vn.neuguong.organization.StructureChanges.Close;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Part;
import vn.neuguong.organization.StructureChanges.Rename;
import vn.neuguong.organization.StructureChanges.Split;

/**
 * The staff of a ward committee change the structure below it, never the ward itself: renaming, moving, merging,
 * splitting or closing the top of one's scope is for the staff above, and is answered 403 with the reason.
 */
@IntegrationTest
class ScopeTopChangesIntegrationTests {

    static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    StructureChanges changes;

    @Autowired
    JdbcClient jdbc;

    Organization vanMieu;

    @BeforeEach
    void findWard() {
        var hanoi = organizations.findByName(null, "Thành ủy Hà Nội").orElseThrow();
        var dongDa = organizations.findByName(hanoi.id(), "Quận ủy Đống Đa").orElseThrow();
        vanMieu =
                organizations.findByName(dongDa.id(), "Đảng ủy phường Văn Miếu").orElseThrow();
    }

    @Test
    void theWardsStaffCannotChangeTheWardThroughTheApi() throws Exception {
        String before = snapshot();
        var vanphong = as("vanmieu.vanphong");
        long id = vanMieu.id();
        String today = LocalDate.now().toString();

        for (var request : List.of(
                json(
                        post("/api/v1/organizations/{id}/rename", id),
                        "{\"name\":\"Tự đổi\",\"effectiveOn\":\"" + today + "\"}"),
                json(
                        post("/api/v1/organizations/{id}/split", id),
                        "{\"effectiveOn\":\"" + today
                                + "\",\"parts\":[{\"name\":\"Phần một\",\"code\":\"P1\"},{\"name\":\"Phần hai\",\"code\":\"P2\"}]}"),
                json(post("/api/v1/organizations/{id}/close", id), "{\"effectiveOn\":\"" + today + "\"}"),
                json(
                        post("/api/v1/organizations/{id}/move", id),
                        "{\"parentId\":" + id + ",\"effectiveOn\":\"" + today + "\"}"),
                json(
                        post("/api/v1/organizations/merge"),
                        "{\"sourceIds\":[" + id + "],\"name\":\"Hợp nhất\"," + "\"code\":\"HN\",\"effectiveOn\":\""
                                + today + "\"}"))) {
            mvc.perform(request.with(vanphong))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.detail").value(containsString("Đảng ủy phường Văn Miếu")))
                    .andExpect(jsonPath("$.detail").value(containsString("cán bộ cấp trên")));
        }
        mvc.perform(json(
                                post("/api/v1/organizations/{id}/rename", id),
                                "{\"name\":\"Tự đổi\",\"effectiveOn\":\"" + today + "\"}")
                        .param("lang", "en")
                        .with(vanphong))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("staff above it")));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theWardsStaffCannotChangeTheWardThroughThePages() throws Exception {
        String before = snapshot();
        var vanphong = as("vanmieu.vanphong");
        long id = vanMieu.id();
        String today = LocalDate.now().toString();

        mvc.perform(get("/organizations/{id}/split", id).with(vanphong))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("cán bộ cấp trên")));
        mvc.perform(post("/organizations/{id}/rename", id)
                        .param("name", "Tự đổi")
                        .param("effectiveOn", today)
                        .param("version", String.valueOf(vanMieu.version()))
                        .with(vanphong)
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Đảng ủy phường Văn Miếu là tổ chức cao nhất")));
        mvc.perform(post("/organizations/{id}/split", id)
                        .param("effectiveOn", today)
                        .param("partName", "Phần một", "Phần hai")
                        .param("partCode", "P1", "P2")
                        .with(vanphong)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}/close", id)
                        .param("effectiveOn", today)
                        .param("lang", "en")
                        .with(vanphong)
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("is the top of your scope")));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void staffChangeWhatLiesBelowTheTopOfTheirScope() {
        var tree = new TestTree(organizations, jdbc);
        var ward = tree.ward(tree.district("Quận ủy Phạm vi"), "Đảng ủy phường Phạm vi");
        var cell = tree.cell(ward, "Chi bộ 1");
        var other = tree.cell(ward, "Chi bộ 2");
        var wardStaff = Scope.below(ward.id());
        long organizationsBefore =
                jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();

        assertThat(changes.rename(cell.id(), new Rename("Chi bộ Một " + tree.suffix, null, JULY), wardStaff)
                        .name())
                .startsWith("Chi bộ Một");
        assertThat(changes
                        .split(
                                other.id(),
                                new Split(
                                        JULY,
                                        List.of(new Part(null, "A", "A", null), new Part(null, "B", "B", null)),
                                        null,
                                        null),
                                wardStaff)
                        .stream()
                        .map(Organization::parentId))
                .containsOnly(ward.id());

        long afterBelow =
                jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();
        assertThatThrownBy(() -> changes.split(
                        ward.id(),
                        new Split(
                                JULY,
                                List.of(new Part(null, "X", "X", null), new Part(null, "Y", "Y", null)),
                                null,
                                null),
                        wardStaff))
                .isInstanceOf(ScopeTop.class);
        assertThatThrownBy(() -> changes.close(ward.id(), new Close(JULY), wardStaff))
                .isInstanceOf(ScopeTop.class);
        assertThatThrownBy(() -> changes.merge(
                        new Merge(List.of(ward.id(), cell.id()), null, null, null, "Gộp", "G", null, JULY), wardStaff))
                .isInstanceOf(ScopeTop.class);
        assertThat(jdbc.sql("SELECT count(*) FROM organization")
                        .query(Long.class)
                        .single())
                .isEqualTo(afterBelow)
                .isEqualTo(organizationsBefore + 2);
        assertThat(tree.reload(ward).isOpen()).isTrue();
    }

    private String snapshot() {
        return jdbc.sql("""
                        SELECT concat_ws('|', o.name, o.path, o.parent_id, o.closed_on, o.version,
                               (SELECT count(*) FROM organization_period p WHERE p.organization_id = o.id),
                               (SELECT count(*) FROM organization c WHERE c.parent_id = o.parent_id),
                               (SELECT count(*) FROM organization))
                        FROM organization o WHERE o.id = :id
                        """).param("id", vanMieu.id()).query(String.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }
}
