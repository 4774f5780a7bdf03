package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * A member's study file follows a transfer: after Nguyễn Văn An (`dangvien.vanmieu1`) moves from the Văn Miếu cell
 * no. 1 to no. 2, his file of the December 2024 round is the same file, listed by both cells (the one owed at launch
 * and the one he is in now), still counted at the cell owed at launch; handed in, it is reviewed by the secretary of
 * his cell now, no longer by the one of cell no. 1. Run in a transaction rolled back at its end.
 */
@IntegrationTest
class StudyTransferIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    private RequestPostProcessor as(String username) {
        var user = demo.signedIn(username);
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    private String read(String path, String username, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static final String SECRETARY2 = "test.transfer.secretary2";

    /** An account for a member of the cell (the first active one) as its secretary, inside the test's transaction. */
    private void secretaryOf(long cell) {
        long member = jdbc.sql(
                        "SELECT id FROM member WHERE cell_id = :c AND status = 'ACTIVE'"
                                + " AND id NOT IN (SELECT member_id FROM account WHERE member_id IS NOT NULL) ORDER BY id LIMIT 1")
                .param("c", cell)
                .query(Long.class)
                .single();
        long account = jdbc.sql("INSERT INTO account (username, display_name, password_hash, member_id)"
                        + " VALUES (:u, 'Bí thư Chi bộ Tổ dân phố số 2', 'x', :m) RETURNING id")
                .param("u", SECRETARY2)
                .param("m", member)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO account_role (account_id, role, organization_id) VALUES (:a, 'SECRETARY', :c),"
                        + " (:a, 'MEMBER', NULL)")
                .param("a", account)
                .param("c", cell)
                .update();
    }

    @Test
    void theFileFollowsTheMemberToHisNewCellAndItsSecretary() {
        var fixtures = new StudyFixtures(jdbc);
        long round = fixtures.demoRound();
        long an = fixtures.memberOf("dangvien.vanmieu1");
        long vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        long cell1 = fixtures.cellOf(an);
        long cell2 = jdbc.sql("SELECT id FROM organization WHERE parent_id = :w AND name = 'Chi bộ Tổ dân phố số 2'")
                .param("w", vanMieu)
                .query(Long.class)
                .single();
        var whole = new TransactionTemplate(transaction.getTransactionManager(), transaction);
        whole.setTimeout(300);
        whole.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            try {
                String file = read("/api/v1/study/my-files/{c}", "dangvien.vanmieu1", round);
                long fileId = ((Number) JsonPath.read(file, "$.id")).longValue();
                String counts = "/api/v1/study/counts?campaignId={c}&organizationId={o}&asOf=2025-03-10";
                String before = read(counts, "vanmieu.vanphong", round, vanMieu);
                String tag = mvc.perform(get("/api/v1/members/{id}", an).with(as("vanmieu.vanphong")))
                        .andReturn()
                        .getResponse()
                        .getHeader("ETag");
                mvc.perform(post("/api/v1/members/{id}/transfer", an)
                                .with(as("vanmieu.vanphong"))
                                .header("If-Match", tag)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"toCellId\": %d, \"transferredOn\": \"%s\"}"
                                        .formatted(cell2, LocalDate.now(clock))))
                        .andExpect(status().isOk());

                String moved = read("/api/v1/study/my-files/{c}", "dangvien.vanmieu1", round);
                assertThat(((Number) JsonPath.read(moved, "$.id")).longValue()).isEqualTo(fileId);
                assertThat(((Number) JsonPath.read(moved, "$.cellId")).longValue())
                        .isEqualTo(cell2);
                assertThat(((Number) JsonPath.read(moved, "$.owedCellId")).longValue())
                        .isEqualTo(cell1);
                for (long cell : new long[] {cell1, cell2}) {
                    mvc.perform(get("/api/v1/study/cells/{cell}/files", cell)
                                    .param("campaignId", "" + round)
                                    .param("size", "200")
                                    .with(as("vanmieu.vanphong")))
                            .andExpect(jsonPath("$.items[*].id").value(hasItem((int) fileId)));
                }
                assertThat(read(counts, "vanmieu.vanphong", round, vanMieu)).isEqualTo(before);

                mvc.perform(post("/api/v1/study/my-files/{c}/submission", round)
                                .with(as("dangvien.vanmieu1"))
                                .header("If-Match", "\"" + JsonPath.read(moved, "$.version") + "\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(StudyFileIntegrationTests.GOOD))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("SUBMITTED"))
                        .andExpect(jsonPath("$.late").value(true));
                String handedIn = read("/api/v1/study/files/{id}", "bithu.vanmieu1", fileId);
                mvc.perform(post("/api/v1/study/files/{id}/review", fileId)
                                .with(as("bithu.vanmieu1"))
                                .header("If-Match", "\"" + JsonPath.read(handedIn, "$.version") + "\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"outcome\": \"ACCEPTED\"}"))
                        .andExpect(status().isNotFound());
                secretaryOf(cell2);
                mvc.perform(post("/api/v1/study/files/{id}/review", fileId)
                                .with(as(SECRETARY2))
                                .header("If-Match", "\"" + JsonPath.read(handedIn, "$.version") + "\"")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"outcome\": \"ACCEPTED\"}"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("ACCEPTED"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
