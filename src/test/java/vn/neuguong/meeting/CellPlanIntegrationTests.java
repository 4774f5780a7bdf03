package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.TimeConfiguration;

/**
 * Posting a cell's monthly plan: on time up to the due day and late after it, by the clock of the posting; the plan
 * becomes a planned cell meeting; bad input names its field and keeps nothing; a cell outside the scope is 404. The
 * committees' due days: 1 to 28, the nearest committee's wins, versions compared.
 */
@IntegrationTest
class CellPlanIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    CellPlans plans;

    @Autowired
    Clock clock;

    long vanMieu;
    long cell1;
    long cell2;
    long presenter;

    @BeforeEach
    void setUp() {
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        cell1 = cell(vanMieu, "Chi bộ Tổ dân phố số 1");
        cell2 = cell(vanMieu, "Chi bộ Tổ dân phố số 2");
        presenter = jdbc.sql("SELECT member_id FROM account WHERE username = 'dangvien.vanmieu1'")
                .query(Long.class)
                .single();
    }

    long cell(long parent, String name) {
        return jdbc.sql("SELECT id FROM organization WHERE parent_id = :p AND name = :n AND closed_on IS NULL")
                .param("p", parent)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    Actor actor(String username) {
        return ((ActorPrincipal) demo.account(username)).actor();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.with(demo.signedIn(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** A plan presented by the demo member for his cell (1), by a guest for any other. */
    String plan(long cell, YearMonth month, LocalDate day, String extra) {
        String presenting =
                cell == cell1 ? "\"presenterMemberId\": " + presenter : "\"presenterName\": \"GS.TS Mạch Quang Thắng\"";
        return """
                {"cellId": %d, "month": "%s", "meetsOn": "%s", "kind": "CELL_REGULAR",
                 "topic": "Học tập và làm theo Bác tháng %s", %s %s}
                """.formatted(cell, month, day, month, presenting, extra);
    }

    YearMonth ahead(int months) {
        return YearMonth.now(clock).plusMonths(months);
    }

    @Test
    void aPlanPostedBeforeTheDueDayIsOnTimeAndBecomesAPlannedCellMeeting() throws Exception {
        var month = ahead(2);
        send(post("/api/v1/meeting-plans"), "bithu.vanmieu1", plan(cell1, month, month.atDay(12), ""))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.month").value(month.toString()))
                .andExpect(
                        jsonPath("$.dueOn").value(month.minusMonths(1).atDay(20).toString()))
                .andExpect(jsonPath("$.presenterName").value("Nguyễn Văn An"))
                .andExpect(jsonPath("$.meetingStatus").value("PLANNED"));
        var meeting = jdbc.sql("SELECT m.kind, m.host_id FROM meeting_plan p JOIN meeting m ON m.id = p.meeting_id"
                        + " WHERE p.cell_id = :c AND p.month = :m")
                .param("c", cell1)
                .param("m", month.atDay(1))
                .query((rs, n) -> rs.getString(1) + "/" + rs.getLong(2))
                .single();
        assertThat(meeting).isEqualTo("CELL_REGULAR/" + cell1);
        send(post("/api/v1/meeting-plans"), "bithu.vanmieu1", plan(cell1, month, month.atDay(14), ""))
                .andExpect(status().isConflict());
    }

    @Test
    void aPlanPostedTheDayAfterTheDueDayIsLateAndOnTheDueDayItselfOnTime() {
        var late = ahead(5);
        var onTime = ahead(6);
        var secretary = actor("bithu.vanmieu1");
        var lateAt = OffsetDateTime.of(late.minusMonths(1).atDay(21), LocalTime.of(7, 0), offset());
        var onTimeAt = OffsetDateTime.of(onTime.minusMonths(1).atDay(20), LocalTime.of(22, 0), offset());
        var posted = plans.post(form(cell1, late, late.atDay(9)), secretary, lateAt);
        var inTime = plans.post(form(cell1, onTime, onTime.atDay(9)), secretary, onTimeAt);
        assertThat(posted.late()).isTrue();
        assertThat(posted.postedAt().toInstant()).isEqualTo(lateAt.toInstant());
        assertThat(inTime.late()).isFalse();
    }

    static java.time.ZoneOffset offset() {
        return TimeConfiguration.ZONE.getRules().getOffset(java.time.Instant.now());
    }

    static CellPlanForm form(long cell, YearMonth month, LocalDate day) {
        return new CellPlanForm(
                cell, month, day, null, Meeting.Kind.CELL_REGULAR, "Sinh hoạt thường kỳ", null, "Bí thư Chi bộ", null);
    }

    @Test
    void aDayOutsideTheMonthAndAPresenterOfAnotherCellAreFieldErrorsAndNothingIsKept() throws Exception {
        var month = ahead(3);
        long other = jdbc.sql("SELECT id FROM member WHERE cell_id = :c ORDER BY id LIMIT 1")
                .param("c", cell2)
                .query(Long.class)
                .single();
        long meetings = count("meeting");
        send(
                        post("/api/v1/meeting-plans"),
                        "bithu.vanmieu1",
                        plan(cell1, month, month.plusMonths(1).atDay(2), "")
                                .replace("\"presenterMemberId\": " + presenter, "\"presenterMemberId\": " + other))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("meetsOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("presenterMemberId")));
        send(
                        post("/api/v1/meeting-plans"),
                        "bithu.vanmieu1",
                        plan(cell1, ahead(-1), ahead(-1).atDay(3), ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        assertThat(count("meeting")).isEqualTo(meetings);
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_plan WHERE cell_id = :c AND month = :m")
                        .param("c", cell1)
                        .param("m", month.atDay(1))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherCellOrAnotherWardsCellIsNotFound() throws Exception {
        var month = ahead(4);
        long foreign = cell(demo.organization("Đảng ủy phường Quốc Tử Giám"), "Chi bộ Tổ dân phố số 1");
        send(post("/api/v1/meeting-plans"), "bithu.vanmieu1", plan(cell2, month, month.atDay(5), ""))
                .andExpect(status().isNotFound());
        send(post("/api/v1/meeting-plans"), "vanmieu.vanphong", plan(foreign, month, month.atDay(5), ""))
                .andExpect(status().isNotFound());
        long id = plans.post(form(cell2, month, month.atDay(6)), actor("vanmieu.vanphong"))
                .id();
        mvc.perform(get("/api/v1/meeting-plans/{id}", id).with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        send(
                        put("/api/v1/meeting-plans/{id}", id).header("If-Match", "\"0\""),
                        "bithu.vanmieu1",
                        plan(cell2, month, month.atDay(7), ""))
                .andExpect(status().isNotFound());
        send(put("/api/v1/meeting-plans/{id}", id), "vanmieu.vanphong", plan(cell2, month, month.atDay(7), ""))
                .andExpect(status().is(428));
        send(
                        put("/api/v1/meeting-plans/{id}", id).header("If-Match", "\"0\""),
                        "vanmieu.vanphong",
                        plan(cell2, month, month.atDay(7), ""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.startsAt")
                        .value(org.hamcrest.Matchers.startsWith(month.atDay(7).toString())));
        send(
                        put("/api/v1/meeting-plans/{id}", id).header("If-Match", "\"0\""),
                        "vanmieu.vanphong",
                        plan(cell2, month, month.atDay(8), ""))
                .andExpect(status().isConflict());
    }

    @Test
    void theDueDayIsFromOneToTwentyEightAndTheNearestCommitteesWins() throws Exception {
        long boDe = demo.organization("Đảng ủy phường Bồ Đề");
        long longBien = demo.organization("Quận ủy Long Biên");
        send(
                        put("/api/v1/meeting-plans/rules/{id}", boDe).header("If-Match", "\"0\""),
                        "bode.vanphong",
                        "{\"dueDay\": 29}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueDay"));
        mvc.perform(get("/api/v1/meeting-plans/rules/{id}", longBien).with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDay").value(20))
                .andExpect(jsonPath("$.setByName").value("Thành ủy Hà Nội"))
                .andExpect(jsonPath("$.ownDueDay").doesNotExist());
        send(
                        put("/api/v1/meeting-plans/rules/{id}", boDe).header("If-Match", "\"0\""),
                        "bode.vanphong",
                        "{\"dueDay\": 25}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.dueDay").value(25))
                .andExpect(jsonPath("$.ownDueDay").value(25));
        send(
                        put("/api/v1/meeting-plans/rules/{id}", boDe).header("If-Match", "\"0\""),
                        "bode.vanphong",
                        "{\"dueDay\": 24}")
                .andExpect(status().isConflict());
        send(
                        put("/api/v1/meeting-plans/rules/{id}", longBien).header("If-Match", "\"0\""),
                        "bode.vanphong",
                        "{\"dueDay\": 24}")
                .andExpect(status().isNotFound());
        long boDeCell = cell(boDe, "Chi bộ Tổ dân phố số 1");
        var month = ahead(2);
        var at = OffsetDateTime.of(month.minusMonths(1).atDay(23), LocalTime.of(9, 0), offset());
        var posted = plans.post(form(boDeCell, month, month.atDay(3)), actor("bode.vanphong"), at);
        assertThat(posted.dueOn()).isEqualTo(month.minusMonths(1).atDay(25));
        assertThat(posted.late()).isFalse();
    }

    @Test
    void thePlanPageShowsTheFieldErrorOnItsFieldAndRefusesAPostWithoutCsrf() throws Exception {
        var month = ahead(9);
        var html = mvc.perform(post("/meeting-plans/cells/{id}", cell1)
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .param("month", month.toString())
                        .param("kind", "CELL_REGULAR")
                        .param("meetsOn", month.plusMonths(1).atDay(1).toString())
                        .param("topic", "Sinh hoạt <script>alert(1)</script>")
                        .param("presenterName", "Bí thư Chi bộ"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = org.jsoup.Jsoup.parse(html);
        assertThat(page.selectFirst("#meetsOn-error")).isNotNull();
        assertThat(page.selectFirst("#topic").attr("value")).contains("<script>");
        assertThat(page.select("script:containsData(alert(1))")).isEmpty();
        mvc.perform(post("/meeting-plans/cells/{id}", cell1)
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .param("month", month.toString())
                        .param("kind", "CELL_REGULAR")
                        .param("meetsOn", month.atDay(3).toString())
                        .param("topic", "Sinh hoạt")
                        .param("presenterName", "Bí thư Chi bộ"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meeting-plans/cells/{id}", cell1)
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .param("month", month.toString())
                        .param("kind", "CELL_REGULAR")
                        .param("meetsOn", month.atDay(3).toString())
                        .param("topic", "Sinh hoạt thường kỳ tháng")
                        .param("presenterName", "Bí thư Chi bộ"))
                .andExpect(status().is3xxRedirection());
        var shown = org.jsoup.Jsoup.parse(mvc.perform(get("/meeting-plans/cells/{id}", cell1)
                        .param("month", month.toString())
                        .with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(shown.selectFirst("#plan-status").text()).contains("Đăng đúng hạn");
        assertThat(shown.selectFirst("#topic").attr("value")).isEqualTo("Sinh hoạt thường kỳ tháng");
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
