package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The minutes of a held meeting: drafted with sanitized rich text and follow-up tasks, approved only by the chair and
 * then locked, changed by a new revision; the approval of a conference serving a campaign fulfils the host's and the
 * bridge point ward's obligations as of the meeting day, late or on time by each one's due day. Bad input names its
 * field and keeps nothing; another ward's staff get 404.
 */
@IntegrationTest
class MinutesApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    long hanoi;
    long dongDa;
    long vanMieu;
    long quocTuGiam;
    long chair;

    @BeforeEach
    void setUp() {
        hanoi = demo.organization("Thành ủy Hà Nội");
        dongDa = demo.organization("Quận ủy Đống Đa");
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        quocTuGiam = demo.organization("Đảng ủy phường Quốc Tử Giám");
        chair = jdbc.sql("SELECT member_id FROM account WHERE username = 'bithu.vanmieu1'")
                .query(Long.class)
                .single();
    }

    String json(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String user,
            String body)
            throws Exception {
        return mvc.perform(request.with(demo.signedIn(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    /** A launched campaign of the city on Đống Đa: the district's conference due 20/4/2025, the wards' 30/5/2025. */
    long campaign() throws Exception {
        long document = jdbc.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text,
                                              issued_on, summary)
                        VALUES ('KH', :seq, 2025, :issuer, 'TU', :number, DATE '2025-03-01', 'Kế hoạch học tập')
                        RETURNING id
                        """)
                .param("seq", 7000 + (int) (System.nanoTime() % 1000))
                .param("issuer", hanoi)
                // ends in 0 before the dash: never a number the demo's documents are searched by ("…284-KH/TU")
                .param("number", System.nanoTime() + "0-KH/TU")
                .query(Long.class)
                .single();
        var created = json(send(post("/api/v1/campaigns"), "hanoi.tuyengiao", """
                        {"title": "Chuyên đề học tập %d", "directingDocumentId": %d, "ownerId": %d, "targetIds": [%d],
                         "startsOn": "2025-01-01", "endsOn": "2025-12-31", "requirements": [
                           {"kind": "HOLD_CONFERENCE", "appliesTo": "COMMITTEE", "dueOn": "2025-04-20"},
                           {"kind": "HOLD_CONFERENCE", "appliesTo": "GRASSROOTS_COMMITTEE", "dueOn": "2025-05-30"}]}
                        """.formatted(
                                System.nanoTime(), document, hanoi, dongDa))
                .andExpect(status().isCreated()));
        long id = ((Number) JsonPath.read(created, "$.campaign.id")).longValue();
        int version = JsonPath.read(created, "$.campaign.version");
        send(
                        post("/api/v1/campaigns/{id}/launch", id).header("If-Match", "\"" + version + "\""),
                        "hanoi.tuyengiao",
                        null)
                .andExpect(status().isOk());
        return id;
    }

    /** A held hybrid conference of Đống Đa with Văn Miếu's bridge point, serving the campaign if any. */
    long heldConference(LocalDateTime startsAt, Long campaign) throws Exception {
        var created = json(send(post("/api/v1/meetings"), "dongda.tuyengiao", """
                        {"title": "Hội nghị học tập chuyên đề", "kind": "STUDY_CONFERENCE", "format": "HYBRID",
                         "hostId": %d, "startsAt": "%s", "endsAt": "%s", "campaignId": %s}
                        """.formatted(
                                dongDa, startsAt, startsAt.plusHours(3), campaign))
                .andExpect(status().isCreated()));
        long id = ((Number) JsonPath.read(created, "$.meeting.id")).longValue();
        send(
                        post("/api/v1/meetings/{id}/bridge-points", id),
                        "dongda.tuyengiao",
                        "{\"organizationId\": " + vanMieu + "}")
                .andExpect(status().isCreated());
        int version = jdbc.sql("SELECT version FROM meeting WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        send(post("/api/v1/meetings/{id}/hold", id).header("If-Match", "\"" + version + "\""), "dongda.tuyengiao", null)
                .andExpect(status().isOk());
        return id;
    }

    String minutes(String body) {
        return """
                {"chairMemberId": %d, "body": "%s", "conclusions": "Thống nhất triển khai",
                 "tasks": [{"task": "Xây dựng kế hoạch của phường", "ownerOrganizationId": %d, "dueOn": "2025-05-15"},
                           {"task": "", "ownerOrganizationId": null}]}
                """.formatted(chair, body, vanMieu);
    }

    LocalDate fulfilledOn(long campaign, long organization) {
        return jdbc.sql("SELECT fulfilled_on FROM obligation WHERE campaign_id = :c AND organization_id = :o")
                .param("c", campaign)
                .param("o", organization)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list()
                .get(0);
    }

    @Test
    void theChairApprovesTheMinutesAndTheConferenceFulfilsTheHostsAndTheBridgePointWardsObligations() throws Exception {
        long campaign = campaign();
        long meeting = heldConference(LocalDateTime.of(2025, 4, 25, 8, 0), campaign);
        send(
                        post("/api/v1/meetings/{id}/minutes", meeting),
                        "dongda.tuyengiao",
                        minutes("<p>Đồng chí <b>Bí thư</b> phát biểu</p><script>alert(1)</script>"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.body").value("<p>Đồng chí <b>Bí thư</b> phát biểu</p>"))
                .andExpect(jsonPath("$.tasks.length()").value(1))
                .andExpect(jsonPath("$.tasks[0].ownerOrganizationName").value("Đảng ủy phường Văn Miếu"));
        assertThat(fulfilledOn(campaign, dongDa)).isNull();

        send(
                        post("/api/v1/meetings/{id}/minutes/approve", meeting).header("If-Match", "\"0\""),
                        "dongda.tuyengiao",
                        null)
                .andExpect(status().isForbidden());
        send(post("/api/v1/meetings/{id}/minutes/approve", meeting).header("If-Match", "\"0\""), "bithu.vanmieu1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value("bithu.vanmieu1"));

        assertThat(fulfilledOn(campaign, dongDa)).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(fulfilledOn(campaign, vanMieu)).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(fulfilledOn(campaign, quocTuGiam)).isNull();

        // a change is a new revision; the approved one stays locked
        send(post("/api/v1/meetings/{id}/minutes", meeting), "dongda.tuyengiao", minutes("<p>Bổ sung kết luận</p>"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2));
        send(post("/api/v1/meetings/{id}/minutes", meeting), "dongda.tuyengiao", minutes("<p>Bản khác</p>"))
                .andExpect(status().isConflict());
        send(
                        put("/api/v1/meetings/{id}/minutes", meeting).header("If-Match", "\"7\""),
                        "dongda.tuyengiao",
                        minutes("x"))
                .andExpect(status().isConflict());
        send(put("/api/v1/meetings/{id}/minutes", meeting), "dongda.tuyengiao", minutes("x"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(get("/api/v1/meetings/{id}/minutes", meeting).with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revisions.length()").value(2))
                .andExpect(jsonPath("$.draft.revision").value(2))
                .andExpect(jsonPath("$.approved.revision").value(1))
                .andExpect(jsonPath("$.approved.body").value("<p>Đồng chí <b>Bí thư</b> phát biểu</p>"));
        assertThatThrownBy(() -> jdbc.sql(
                                "UPDATE meeting_minutes SET body = 'sửa' WHERE meeting_id = :m AND" + " revision = 1")
                        .param("m", meeting)
                        .update())
                .hasMessageContaining("locked");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'MeetingMinutes' AND entity_id IN"
                                + " (SELECT id::text FROM meeting_minutes WHERE meeting_id = :m)")
                        .param("m", meeting)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void badInputNamesItsFieldsAndKeepsNothingAndAnotherWardSeesNoMinutes() throws Exception {
        long meeting = heldConference(LocalDateTime.of(2025, 3, 11, 8, 0), null);
        send(post("/api/v1/meetings/{id}/minutes", meeting), "dongda.tuyengiao", """
                        {"chairMemberId": null, "body": " ",
                         "tasks": [{"task": "Báo cáo kết quả", "ownerOrganizationId": null, "ownerMemberId": null}]}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'chairMemberId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'body')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'tasks[0].ownerOrganizationId')]")
                        .exists());
        send(post("/api/v1/meetings/{id}/minutes", meeting), "dongda.tuyengiao", """
                        {"chairMemberId": 987654321, "body": "<p>x</p>"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chairMemberId"));
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_minutes WHERE meeting_id = :m")
                        .param("m", meeting)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/v1/meetings/{id}/minutes", meeting).with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        send(post("/api/v1/meetings/{id}/minutes", meeting), "quoctugiam.vanphong", minutes("<p>x</p>"))
                .andExpect(status().isNotFound());
        send(post("/api/v1/meetings/{id}/minutes/approve", meeting).header("If-Match", "\"0\""), "bithu.vanmieu1", null)
                .andExpect(status().isNotFound());
    }

    @Test
    void minutesWithoutADraftLeaveTheDraftOutOfTheAnswer() throws Exception {
        var day = LocalDate.now(vn.neuguong.web.TimeConfiguration.ZONE).plusDays(20);
        long meeting =
                WardMeetings.plan(mvc, demo, jdbc, "Hội nghị chưa có biên bản", day.atTime(8, 0), day.atTime(9, 0));
        mvc.perform(get("/api/v1/meetings/{id}/minutes", meeting).with(demo.signedIn(WardMeetings.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revisions").isEmpty())
                .andExpect(jsonPath("$.draft").doesNotExist())
                .andExpect(jsonPath("$.approved").doesNotExist());
        jdbc.sql("INSERT INTO meeting_minutes (meeting_id, revision, status, chair_member_id, body, drafted_by,"
                        + " approved_by, approved_at) VALUES (:m, 1, 'APPROVED', :chair, '<p>Biên bản</p>',"
                        + " 'bithu.vanmieu1', 'bithu.vanmieu1', now())")
                .param("m", meeting)
                .param("chair", chair)
                .update();
        mvc.perform(get("/api/v1/meetings/{id}/minutes", meeting).with(demo.signedIn(WardMeetings.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved.revision").value(1))
                .andExpect(jsonPath("$.draft").doesNotExist());
    }
}
