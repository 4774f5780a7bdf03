package vn.neuguong.study;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;

/**
 * What the action programme tests start from: a round of Quận ủy Đống Đa on the wards Văn Miếu and Quốc Tử Giám,
 * whose one line is each ward's ACTION_PROGRAMME due in three weeks, drafted and launched through the campaign API as
 * the district's staff do, its dates around today; and the members and the document the tests name. The tests run in
 * a transaction rolled back at their end, so none of it stays in the shared database.
 */
record ProgrammeFixtures(
        MockMvc mvc, JdbcClient jdbc, DemoFixtures demo, TransactionTemplate transaction, LocalDate today) {

    static final String API = "/api/v1/study/action-programmes";

    static final String DISTRICT_STAFF = "dongda.tuyengiao";
    static final String WARD_STAFF = "vanmieu.vanphong";
    static final String OTHER_WARD_STAFF = "quoctugiam.vanphong";
    static final String MEMBER = "dangvien.vanmieu1";

    interface Body {
        void run() throws Exception;
    }

    /**
     * Runs the test's requests in one transaction, rolled back at the end: the round stays out of other tests. The
     * transaction spans a whole test's requests, so it is given longer than the default meant for one request.
     */
    void rolledBack(Body body) {
        var whole = new TransactionTemplate(transaction.getTransactionManager(), transaction);
        whole.setTimeout(300);
        whole.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The JSON request of the account, naming the version read in If-Match when one is given. */
    ResultActions send(MockHttpServletRequestBuilder request, String username, String ifMatch, String json)
            throws Exception {
        var built = request.with(as(username)).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            built.header("If-Match", "\"" + ifMatch + "\"");
        }
        return mvc.perform(json == null ? built : built.content(json));
    }

    /** The committee's programme drafted through the API by the account: {@link #draft}, a member of it the owner. */
    long create(long round, long organization, String username) throws Exception {
        long owner = organization == vanMieu() ? memberOf(MEMBER) : foreignMember();
        String body = send(post(API), username, null, draft(round, organization, owner))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions adopt(long id, String ifMatch, String json) throws Exception {
        return send(post(API + "/" + id + "/adoption"), WARD_STAFF, ifMatch, json);
    }

    /** An adoption on the day, carried by 347-KH/QU. */
    String adoption(LocalDate on) {
        return "{\"adoptedOn\": \"%s\", \"documentId\": %d}".formatted(on, plan347());
    }

    /** The demo account signed in, its request carrying the CSRF token a page of the session would send. */
    RequestPostProcessor as(String username) {
        var user = demo.signedIn(username);
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    long vanMieu() {
        return demo.organization("Đảng ủy phường Văn Miếu");
    }

    long quocTuGiam() {
        return demo.organization("Đảng ủy phường Quốc Tử Giám");
    }

    LocalDate startsOn() {
        return today.minusDays(60);
    }

    LocalDate endsOn() {
        return today.plusDays(120);
    }

    LocalDate programmeDue() {
        return today.plusDays(21);
    }

    /** 347-KH/QU of Quận ủy Đống Đa: it directs the round and may carry a ward's programme. */
    long plan347() {
        return jdbc.sql("SELECT id FROM document WHERE number_text = '347-KH/QU' ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
    }

    /** The round, launched; its id read from the campaign detail, which wraps the campaign. */
    long launchedRound() throws Exception {
        String body = """
                {"title": "Đợt thử chương trình hành động %d", "directingDocumentId": %d, "ownerId": %d,
                 "targetIds": [%d, %d], "startsOn": "%s", "endsOn": "%s",
                 "requirements": [{"kind": "ACTION_PROGRAMME", "appliesTo": "GRASSROOTS_COMMITTEE", "dueOn": "%s"}]}
                """.formatted(
                        System.nanoTime(),
                        plan347(),
                        demo.organization("Quận ủy Đống Đa"),
                        vanMieu(),
                        quocTuGiam(),
                        startsOn(),
                        endsOn(),
                        programmeDue());
        String created = mvc.perform(post("/api/v1/campaigns")
                        .with(as(DISTRICT_STAFF))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.campaign.status").value("DRAFT"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(created, "$.campaign.id")).longValue();
        String tag = mvc.perform(get("/api/v1/campaigns/{id}", id).with(as(DISTRICT_STAFF)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(post("/api/v1/campaigns/{id}/launch", id)
                        .with(as(DISTRICT_STAFF))
                        .header("If-Match", tag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.obligations").value(2));
        return id;
    }

    long memberOf(String username) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    /** An active member of a cell of phường Quốc Tử Giám: outside Văn Miếu's committee. */
    long foreignMember() {
        return jdbc.sql("SELECT m.id FROM member m JOIN organization c ON c.id = m.cell_id WHERE c.parent_id = :w"
                        + " AND m.status = 'ACTIVE' ORDER BY m.id LIMIT 1")
                .param("w", quocTuGiam())
                .query(Long.class)
                .single();
    }

    String fullName(long memberId) {
        return jdbc.sql("SELECT full_name FROM member WHERE id = :m")
                .param("m", memberId)
                .query(String.class)
                .single();
    }

    /** A draft body of the committee's programme: two goals, a measure of a member and one of a body. */
    String draft(long campaign, long organization, long ownerMember) {
        return """
                {"campaignId": %d, "organizationId": %d, "title": "Chương trình hành động thử nghiệm",
                 "goals": ["Mỗi đảng viên nêu gương trong học tập", ""],
                 "measures": [
                   {"content": "Quán triệt đến từng chi bộ", "ownerMemberId": %d, "startsOn": "%s", "dueOn": "%s"},
                   {"content": "Tuyên truyền trên cổng thông tin phường", "ownerText": "Văn phòng Đảng ủy",
                    "dueOn": "%s"}]}
                """.formatted(
                campaign, organization, ownerMember, today.minusDays(30), today.plusDays(30), today.plusDays(60));
    }

    long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
