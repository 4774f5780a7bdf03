package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;

/** Two people editing one member: the second change names a version that is gone, and is refused whole. */
@IntegrationTest
class MemberVersionIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    MemberTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
    }

    @Test
    void readAnswersTheVersionAsETagAndAChangeWithoutIfMatchAnswers428() throws Exception {
        long id = support.plainMember("Văn Miếu", 1);
        mvc.perform(get("/api/v1/members/{id}", id).with(support.as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + version(id) + "\""));
        long audit = support.auditRows(Long.toString(id));
        mvc.perform(put("/api/v1/members/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, "0912 111 222"))
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        mvc.perform(post("/api/v1/members/{id}/transfer", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCellId\":" + support.cell("Văn Miếu", 2) + ",\"transferredOn\":\""
                                + LocalDate.now(clock) + "\"}")
                        .param("lang", "en")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        assertThat(support.auditRows(Long.toString(id))).isEqualTo(audit);
    }

    @Test
    void aStaleIfMatchAnswers409InTheCallersLanguageAndChangesNothing() throws Exception {
        long id = support.plainMember("Văn Miếu", 2);
        int version = version(id);
        mvc.perform(put("/api/v1/members/{id}", id)
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, "0912 333 444"))
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""));
        mvc.perform(put("/api/v1/members/{id}", id)
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, "0912 555 666"))
                        .param("lang", "en")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("changed by someone else since you opened it")));
        mvc.perform(post("/api/v1/members/{id}/transfer", id)
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCellId\":" + support.cell("Văn Miếu", 3) + ",\"transferredOn\":\""
                                + LocalDate.now(clock) + "\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("người khác sửa")));
        assertThat(phone(id)).isEqualTo("0912 333 444");
        assertThat(cell(id)).isEqualTo(support.cell("Văn Miếu", 2));
    }

    @Test
    void twoEditsOfTheSameVersionAtOnceKeepExactlyOne() throws Exception {
        long id = support.plainMember("Văn Miếu", 3);
        int version = version(id);
        long audit = support.auditRows(Long.toString(id));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (String phone : new String[] {"0913 000 001", "0913 000 002"}) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(put("/api/v1/members/{id}", id)
                                    .header("If-Match", "\"" + version + "\"")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body(id, phone))
                                    .with(support.as(STAFF))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(version(id)).isEqualTo(version + 1);
        assertThat(phone(id)).isIn("0913 000 001", "0913 000 002");
        assertThat(support.auditRows(Long.toString(id))).isEqualTo(audit + 1);
    }

    @Test
    void theEditFormOfAStaleVersionShowsWhyAndKeepsWhatWasTyped() throws Exception {
        long id = support.plainMember("Văn Miếu", 4);
        int version = version(id);
        String name = jdbc.sql("SELECT full_name FROM member WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        String card = support.cardOf(id);
        var form = Jsoup.parse(mvc.perform(get("/members/{id}/edit", id).with(support.as(STAFF)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("input[name=version]").val()).isEqualTo(Integer.toString(version));
        for (String phone : new String[] {"0914 000 001", "0914 000 002"}) {
            var answer = mvc.perform(post("/members/{id}/edit", id)
                            .param("fullName", name)
                            .param("partyCardNo", card)
                            .param("phone", phone)
                            .param("status", "ACTIVE")
                            .param("version", Integer.toString(version))
                            .with(support.as(STAFF))
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            if (phone.endsWith("1")) {
                assertThat(answer.getStatus()).isEqualTo(302);
            } else {
                assertThat(answer.getStatus()).isEqualTo(200);
                var page = Jsoup.parse(answer.getContentAsString());
                assertThat(page.select("[role=alert]").text()).contains("đã được người khác sửa kể từ khi bạn mở");
                assertThat(page.getElementById("phone").val()).isEqualTo("0914 000 002");
            }
        }
        assertThat(phone(id)).isEqualTo("0914 000 001");
    }

    @Test
    void theTransferFormOfAStaleVersionTransfersNothing() throws Exception {
        long id = support.plainMember("Văn Miếu", 1);
        int stale = version(id) - 1;
        var html = mvc.perform(post("/members/{id}/transfer", id)
                        .param("toCellId", Long.toString(support.cell("Văn Miếu", 2)))
                        .param("transferredOn", LocalDate.now(clock).toString())
                        .param("version", Integer.toString(stale))
                        .param("lang", "en")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("[role=alert]").text())
                .contains("changed by someone else since you opened it");
        assertThat(cell(id)).isEqualTo(support.cell("Văn Miếu", 1));
    }

    private String body(long id, String phone) {
        String name = jdbc.sql("SELECT full_name FROM member WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        String card = support.cardOf(id);
        return "{\"fullName\":\"" + name + "\",\"partyCardNo\":\"" + card + "\",\"phone\":\"" + phone
                + "\",\"status\":\"ACTIVE\"}";
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM member WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private String phone(long id) {
        return jdbc.sql("SELECT phone FROM member WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long cell(long id) {
        return jdbc.sql("SELECT cell_id FROM member WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
