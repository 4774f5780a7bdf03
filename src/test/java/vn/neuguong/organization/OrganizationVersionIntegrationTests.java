package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/**
 * The organization's version guards an edit against another made since it was read: the API through ETag and
 * If-Match, the edit and rename forms through a hidden field.
 */
@IntegrationTest
class OrganizationVersionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Organization ward;
    RequestPostProcessor admin;

    @BeforeEach
    void buildTree() {
        tree = new TestTree(organizations, jdbc);
        ward = tree.ward(tree.district("Quận ủy Phiên bản"), "Đảng ủy phường Phiên bản");
        admin = user(accounts.loadUserByUsername("admin"));
    }

    @Test
    void anEditWithoutIfMatchAnswers428NamingTheHeaderAndSavesNothing() throws Exception {
        mvc.perform(json(put("/api/v1/organizations/{id}", ward.id()), correction("ĐUX", "Số 1"))
                        .param("lang", "en")
                        .with(admin))
                .andExpect(status().isPreconditionRequired())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));
        mvc.perform(json(put("/api/v1/organizations/{id}", ward.id()), correction("ĐUX", "Số 1"))
                        .header("If-Match", "not a tag")
                        .with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        assertThat(tree.reload(ward)).isEqualTo(ward);
    }

    @Test
    void anEditFromAnOlderVersionAnswers409InTheCallersLanguage() throws Exception {
        String etag = etag();
        mvc.perform(json(put("/api/v1/organizations/{id}", ward.id()), correction("ĐUA", "Số 1"))
                        .header("If-Match", etag)
                        .with(admin))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/v1/organizations/{id}", ward.id()), correction("ĐUB", "Số 2"))
                        .header("If-Match", etag)
                        .param("lang", "en")
                        .with(admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("changed by someone else since you opened it")));
        mvc.perform(json(post("/api/v1/organizations/{id}/rename", ward.id()), """
                        {"name": "Tên mới", "effectiveOn": "2025-07-01"}""")
                        .header("If-Match", etag)
                        .param("lang", "vi")
                        .with(admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("đã được người khác thay đổi kể từ khi bạn mở")));
        var now = tree.reload(ward);
        assertThat(now.code()).isEqualTo("ĐUA");
        assertThat(now.address()).isEqualTo("Số 1");
        assertThat(now.name()).isEqualTo(ward.name());
        assertThat(now.version()).isEqualTo(ward.version() + 1);
    }

    @Test
    void ofTwoEditsFromTheSameVersionAtOnceExactlyOneWins() throws Exception {
        String etag = etag();
        var start = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (var edit : List.of(new String[] {"ĐUA", "Số A"}, new String[] {"ĐUB", "Số B"})) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return mvc.perform(json(put("/api/v1/organizations/{id}", ward.id()), correction(edit[0], edit[1]))
                                    .header("If-Match", etag)
                                    .with(admin))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            var statuses = List.of(answers.get(0).get(), answers.get(1).get());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            var now = tree.reload(ward);
            String winner = statuses.get(0) == 200 ? "A" : "B";
            assertThat(now.code()).isEqualTo("ĐU" + winner);
            assertThat(now.address()).isEqualTo("Số " + winner);
            assertThat(now.version()).isEqualTo(ward.version() + 1);
            assertThat(tree.periods(ward)).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theSecondOfTwoOpenEditFormsIsShownAgainWithWhatStandsNow() throws Exception {
        var first = page(get("/organizations/{id}/edit", ward.id()).with(admin));
        var second = page(get("/organizations/{id}/edit", ward.id()).with(admin));
        String version = first.getElementById("version").val();
        assertThat(second.getElementById("version").val()).isEqualTo(version);

        mvc.perform(editForm("ĐUA", "Số 1", version)).andExpect(status().is3xxRedirection());
        var stale =
                page(editForm("ĐUB", "Số 2", second.getElementById("version").val()));

        assertThat(stale.selectFirst(".error-summary").text())
                .contains("Tổ chức đã được người khác thay đổi kể từ khi bạn mở");
        assertThat(stale.getElementById("code").val()).isEqualTo("ĐUA");
        assertThat(stale.getElementById("address").val()).isEqualTo("Số 1");
        assertThat(stale.getElementById("version").val()).isEqualTo(String.valueOf(ward.version() + 1));
        assertThat(tree.reload(ward).code()).isEqualTo("ĐUA");
    }

    @Test
    void aRenameFormOpenedBeforeAnotherChangeIsShownAgainWithTheCurrentName() throws Exception {
        var form = page(get("/organizations/{id}/rename", ward.id()).with(admin));
        mvc.perform(editForm("ĐUA", "Số 1", form.getElementById("version").val()))
                .andExpect(status().is3xxRedirection());

        var stale = page(post("/organizations/{id}/rename", ward.id())
                .param("name", "Tên muộn " + tree.suffix)
                .param("effectiveOn", "2025-07-01")
                .param("version", form.getElementById("version").val())
                .param("lang", "en")
                .with(admin)
                .with(csrf()));

        assertThat(stale.selectFirst(".error-summary").text()).contains("changed by someone else since you opened it");
        assertThat(stale.getElementById("name").val()).isEqualTo(ward.name());
        assertThat(stale.getElementById("code").val()).isEqualTo("ĐUA");
        assertThat(tree.reload(ward).name()).isEqualTo(ward.name());
        assertThat(tree.periods(ward)).isEqualTo(1);
    }

    private String etag() throws Exception {
        return mvc.perform(get("/api/v1/organizations/{id}", ward.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + ward.version() + "\""))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    private MockHttpServletRequestBuilder editForm(String code, String address, String version) {
        return post("/organizations/{id}/edit", ward.id())
                .param("levelLabel", ward.levelLabel())
                .param("name", ward.name())
                .param("code", code)
                .param("address", address)
                .param("version", version)
                .with(admin)
                .with(csrf());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response =
                mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString());
    }

    private static String correction(String code, String address) {
        return """
                {"levelLabel": "Đảng ủy phường", "code": "%s", "address": "%s"}""".formatted(code, address);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }
}
