package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
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
 * The meetings API: bad input names its field and keeps nothing, the lifecycle's guards, versions (428, 409), scope
 * (the host's, a bridge point's organization, a sibling's 404) and the headcount sums.
 */
@IntegrationTest
class MeetingApiIntegrationTests {

    /** Each test plans at its own hour, so that no two meetings of one host overlap by accident. */
    static final AtomicInteger SLOT = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    long dongDa;
    long vanMieu;
    long quocTuGiam;

    @BeforeEach
    void setUp() {
        dongDa = demo.organization("Quận ủy Đống Đa");
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        quocTuGiam = demo.organization("Đảng ủy phường Quốc Tử Giám");
    }

    static LocalDateTime slot() {
        return LocalDateTime.of(2031, 1, 5, 8, 0).plusDays(SLOT.incrementAndGet());
    }

    static String body(
            String title, long host, String format, LocalDateTime startsAt, LocalDateTime endsAt, String more) {
        return """
                {"title": "%s", "kind": "STUDY_CONFERENCE", "format": "%s", "hostId": %d,
                 "startsAt": "%s", "endsAt": "%s"%s}
                """.formatted(title, format, host, startsAt, endsAt, more == null ? "" : ", " + more);
    }

    ResultActions create(String user, String json) throws Exception {
        return mvc.perform(post("/api/v1/meetings")
                .with(demo.signedIn(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long created(String user, String json) throws Exception {
        var response =
                create(user, json).andExpect(status().isCreated()).andReturn().getResponse();
        return Long.parseLong(response.getHeader("Location").replaceAll(".*/", ""));
    }

    long count(String title) {
        return jdbc.sql("SELECT count(*) FROM meeting WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    @Test
    void anEndBeforeTheStartANegativeHeadcountAndABadCapacityAreNamedAndNothingIsSaved() throws Exception {
        var start = slot();
        create(
                        "dongda.tuyengiao",
                        body(
                                "Sai giờ",
                                dongDa,
                                "HYBRID",
                                start,
                                start.minusHours(1),
                                "\"capacity\": 0, \"groups\": [{\"label\": \"Đại biểu\", \"actual\": -3}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("endsAt", "capacity", "groups[0].actual")));
        assertThat(count("Sai giờ")).isZero();
    }

    @Test
    void aHeadcountAboveTheCapacityIsNamedOnTheRowWhereTheSumPassesIt() throws Exception {
        var start = slot();
        create(
                        "dongda.tuyengiao",
                        body(
                                "Quá chỗ",
                                dongDa,
                                "IN_PERSON",
                                start,
                                start.plusHours(2),
                                "\"capacity\": 100, \"groups\": [{\"label\": \"A\", \"actual\": 60}, {\"label\": \"B\","
                                        + " \"actual\": 50}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groups[1].actual"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("sức chứa")));
        assertThat(count("Quá chỗ")).isZero();
    }

    @Test
    void theSameHostCannotHoldTwoMeetingsAtOverlappingTimesUnlessOneIsCancelled() throws Exception {
        var start = slot();
        long first = created(
                "dongda.tuyengiao", body("Hội nghị thứ nhất", dongDa, "IN_PERSON", start, start.plusHours(3), null));
        create(
                        "dongda.tuyengiao",
                        body("Hội nghị chồng giờ", dongDa, "IN_PERSON", start.plusHours(1), start.plusHours(4), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startsAt"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("Hội nghị thứ nhất"));
        assertThat(count("Hội nghị chồng giờ")).isZero();
        mvc.perform(post("/api/v1/meetings/{id}/cancel", first)
                        .header("If-Match", "\"0\"")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Lùi lịch\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        created(
                "dongda.tuyengiao",
                body("Hội nghị chồng giờ", dongDa, "IN_PERSON", start.plusHours(1), start.plusHours(4), null));
    }

    @Test
    void cancellingNeedsAReasonAndAHeldMeetingCannotBeCancelled() throws Exception {
        var start = LocalDateTime.of(2019, 3, 1, 8, 0).plusDays(SLOT.incrementAndGet());
        long id = created("dongda.tuyengiao", body("Đã họp", dongDa, "IN_PERSON", start, start.plusHours(2), null));
        mvc.perform(post("/api/v1/meetings/{id}/cancel", id)
                        .header("If-Match", "\"0\"")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/meetings/{id}/hold", id)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/v1/meetings/{id}/hold", id)
                        .header("If-Match", "\"0\"")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"));
        mvc.perform(post("/api/v1/meetings/{id}/cancel", id)
                        .header("If-Match", "\"1\"")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Nhầm\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aChangeNeedsIfMatchAndAStaleVersionChangesNothing() throws Exception {
        var start = slot();
        long id = created("dongda.tuyengiao", body("Phiên bản", dongDa, "IN_PERSON", start, start.plusHours(2), null));
        mvc.perform(get("/api/v1/meetings/{id}", id).with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
        String changed = body("Phiên bản mới", dongDa, "IN_PERSON", start, start.plusHours(2), null);
        mvc.perform(put("/api/v1/meetings/{id}", id)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/meetings/{id}", id)
                        .header("If-Match", "\"0\"")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.meeting.title").value("Phiên bản mới"));
        mvc.perform(put("/api/v1/meetings/{id}", id)
                        .header("If-Match", "\"0\"")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Cũ", dongDa, "IN_PERSON", start, start.plusHours(2), null)))
                .andExpect(status().isConflict());
        assertThat(count("Cũ")).isZero();
    }

    @Test
    void aBridgePointsOrganizationSeesTheMeetingAndReportsItsFiguresWhileASiblingGets404() throws Exception {
        var start = slot();
        long id = created("dongda.tuyengiao", body("Có điểm cầu", dongDa, "ONLINE", start, start.plusHours(2), null));
        mvc.perform(post("/api/v1/meetings/{id}/bridge-points", id)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": %d, \"capacity\": 50, \"groups\": [{\"label\": \"Cán bộ\","
                                        .formatted(vanMieu)
                                + " \"actual\": 51}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groups[0].actual"));
        mvc.perform(post("/api/v1/meetings/{id}/bridge-points", id)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": %d, \"capacity\": 50}".formatted(vanMieu)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bridgePoints[0].organizationName").value("Đảng ủy phường Văn Miếu"));
        long point = jdbc.sql("SELECT id FROM meeting_bridge_point WHERE meeting_id = :m")
                .param("m", id)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/meetings/{id}", id).with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings")
                        .param("organizationId", "" + vanMieu)
                        .with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(jsonPath("$.items[*].title", Matchers.hasItem("Có điểm cầu")));
        mvc.perform(put("/api/v1/meetings/{id}/bridge-points/{p}", id, point)
                        .header("If-Match", "\"0\"")
                        .with(demo.signedIn("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": %d, \"capacity\": 50, \"groups\": [{\"label\": \"Cán bộ\","
                                        .formatted(vanMieu)
                                + " \"actual\": 40, \"approximation\": \"NEARLY\"}, {\"label\": \"Đảng viên\","
                                + " \"actual\": 5}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendance.actual.value").value(45))
                .andExpect(jsonPath("$.attendance.actual.approximation").value("NEARLY"));
        mvc.perform(put("/api/v1/meetings/{id}/bridge-points/{p}", id, point)
                        .header("If-Match", "\"0\"")
                        .with(demo.signedIn("vanmieu.vanphong"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": %d}".formatted(vanMieu)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/meetings/{id}", id).with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/{id}/attendance", id).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/{id}", 987654321L).with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aHostOutsideTheScopeIsRefusedOnItsField() throws Exception {
        var start = slot();
        create("vanmieu.vanphong", body("Ngoài phạm vi", quocTuGiam, "IN_PERSON", start, start.plusHours(1), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostId"));
        assertThat(count("Ngoài phạm vi")).isZero();
    }

    @Test
    void theCityConferenceShowsTheDongDaPointsGroupsAndTheirSum() throws Exception {
        long id = jdbc.sql("SELECT id FROM meeting WHERE title = :t")
                .param("t", MeetingDemoData.CITY_2024)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/meetings/{id}", id).with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting.hostBody").value("STANDING_COMMITTEE"))
                .andExpect(jsonPath("$.bridgePoints[0].hostName").value("Đinh Trường Thọ"))
                .andExpect(jsonPath("$.bridgePoints[0].groups[0].actual").value(180))
                .andExpect(jsonPath("$.bridgePoints[0].groups[0].approximation").value("NEARLY"))
                .andExpect(jsonPath("$.bridgePoints[0].groups[1].actual").value(525))
                .andExpect(jsonPath("$.bridgePoints[0].groups[1].approximation").value("OVER"))
                .andExpect(jsonPath("$.attendance.actual.value").value(705))
                .andExpect(jsonPath("$.attendance.actual.approximation").value("ABOUT"));
        mvc.perform(get("/api/v1/meetings/{id}", id).with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isNotFound());
    }
}
