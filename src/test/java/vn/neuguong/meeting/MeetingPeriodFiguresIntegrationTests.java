package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The meetings a ward and its district count for May 2022: study conferences held with their headcounts at the hall
 * and the bridge points, cell meetings held with their checklists; each figure the difference the test's own meetings
 * make, the planned, the out-of-period and the seminar among them counting nothing.
 */
@IntegrationTest
class MeetingPeriodFiguresIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2022, 5, 1);
    static final LocalDate TO = LocalDate.of(2022, 5, 31);
    static final String WARD_STAFF = "vanmieu.vanphong";
    static final String DISTRICT_STAFF = "dongda.tuyengiao";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    MessageSource messages;

    @Autowired
    MeetingPeriodFigures figures;

    long vanMieu;
    long dongDa;
    List<Long> wardCells;
    long neighbourCell;

    @BeforeEach
    void setUp() {
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        dongDa = demo.organization("Quận ủy Đống Đa");
        wardCells = cells("Đảng ủy phường Văn Miếu");
        neighbourCell = cells("Đảng ủy phường Văn Chương").get(0);
    }

    @Test
    void countsTheStudyConferencesHeldAndTheirHeadcountsWhereTheHostLies() throws Exception {
        var ward = figures.count(vanMieu, FROM, TO);
        var district = figures.count(dongDa, FROM, TO);

        long hall = plan(WARD_STAFF, "STUDY_CONFERENCE", "HYBRID", vanMieu, 10, group(60, 55));
        point(WARD_STAFF, hall, wardCells.get(0), group(20, 18));
        hold(WARD_STAFF, hall);
        long city = plan(DISTRICT_STAFF, "STUDY_CONFERENCE", "ONLINE", dongDa, 12, null);
        point(
                DISTRICT_STAFF,
                city,
                vanMieu,
                "{\"label\": \"Cán bộ\", \"expected\": 30, \"actual\": 25," + " \"approximation\": \"NEARLY\"}");
        hold(DISTRICT_STAFF, city);
        plan(WARD_STAFF, "STUDY_CONFERENCE", "IN_PERSON", vanMieu, 14, group(40, 40));
        hold(WARD_STAFF, plan(WARD_STAFF, "SEMINAR", "IN_PERSON", vanMieu, 16, group(30, 30)));
        hold(WARD_STAFF, planOn(WARD_STAFF, "STUDY_CONFERENCE", vanMieu, LocalDateTime.of(2022, 6, 1, 19, 0)));

        assertThat(difference(ward, figures.count(vanMieu, FROM, TO))).containsExactly(1, 80, 73, 1, 18, 0, 0, 0);
        assertThat(difference(district, figures.count(dongDa, FROM, TO))).containsExactly(2, 110, 98, 2, 43, 0, 0, 0);
    }

    @Test
    void countsTheCellMeetingsHeldWithTheMembersTheirChecklistsExpectAndThoseWhoCame() throws Exception {
        var ward = figures.count(vanMieu, FROM, TO);
        var district = figures.count(dongDa, FROM, TO);

        long regular = plan(WARD_STAFF, "CELL_REGULAR", "IN_PERSON", wardCells.get(0), 20, null);
        invite(WARD_STAFF, regular, wardCells.get(1));
        hold(WARD_STAFF, regular);
        List<Integer> expected = checklist(WARD_STAFF, regular);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        attend(WARD_STAFF, regular, expected.get(0), "PRESENT");
        attend(WARD_STAFF, regular, expected.get(1), "LATE");
        attend(WARD_STAFF, regular, expected.get(2), "ABSENT");
        long planned = plan(WARD_STAFF, "CELL_THEMATIC", "IN_PERSON", wardCells.get(0), 22, null);
        attend(WARD_STAFF, planned, checklist(WARD_STAFF, planned).get(0), "PRESENT");
        long neighbour = plan(DISTRICT_STAFF, "CELL_THEMATIC", "IN_PERSON", neighbourCell, 24, null);
        hold(DISTRICT_STAFF, neighbour);
        List<Integer> next = checklist(DISTRICT_STAFF, neighbour);
        attend(DISTRICT_STAFF, neighbour, next.get(0), "PRESENT");

        int invited = expected.size();
        assertThat(difference(ward, figures.count(vanMieu, FROM, TO))).containsExactly(0, 0, 0, 0, 0, 1, invited, 2);
        assertThat(difference(district, figures.count(dongDa, FROM, TO)))
                .containsExactly(0, 0, 0, 0, 0, 2, invited + next.size(), 3);
    }

    @Test
    void answersEveryKeyInOrderWithALabelInBothLanguages() {
        var counted = figures.count(vanMieu, LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31));
        assertThat(counted.keySet()).containsExactlyElementsOf(figures.keys());
        assertThat(counted.values()).containsOnly(0L);
        for (String key : figures.keys()) {
            assertThat(key).startsWith("meeting.");
            assertThat(messages.getMessage("figure." + key, null, Locale.forLanguageTag("vi")))
                    .isNotEqualTo(messages.getMessage("figure." + key, null, Locale.ENGLISH));
        }
    }

    private List<Long> cells(String ward) {
        return jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id"
                        + " WHERE w.name = :ward AND w.closed_on IS NULL AND c.kind = 'CELL' ORDER BY c.name")
                .param("ward", ward)
                .query(Long.class)
                .list();
    }

    private static String group(int expected, int actual) {
        return "{\"label\": \"Đảng viên\", \"expected\": %d, \"actual\": %d}".formatted(expected, actual);
    }

    private long plan(String user, String kind, String format, long host, int day, String hall) throws Exception {
        return plan(user, kind, format, host, LocalDateTime.of(2022, 5, day, 19, 0), hall);
    }

    private long planOn(String user, String kind, long host, LocalDateTime startsAt) throws Exception {
        return plan(user, kind, "IN_PERSON", host, startsAt, group(10, 10));
    }

    private long plan(String user, String kind, String format, long host, LocalDateTime startsAt, String hall)
            throws Exception {
        var response = mvc.perform(post("/api/v1/meetings")
                        .with(demo.signedIn(user))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Đếm kỳ báo cáo", "kind": "%s", "format": "%s", "hostId": %d,
                                 "startsAt": "%s", "endsAt": "%s", "groups": [%s]}
                                """.formatted(
                                        kind, format, host, startsAt, startsAt.plusHours(2), hall == null ? "" : hall)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse();
        return Long.parseLong(response.getHeader("Location").replaceAll(".*/", ""));
    }

    private void point(String user, long meeting, long organization, String groups) throws Exception {
        mvc.perform(post("/api/v1/meetings/{id}/bridge-points", meeting)
                        .with(demo.signedIn(user))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": %d, \"groups\": [%s]}".formatted(organization, groups)))
                .andExpect(status().isCreated());
    }

    private void invite(String user, long meeting, long organization) throws Exception {
        mvc.perform(post("/api/v1/meetings/{id}/invitees", meeting)
                        .with(demo.signedIn(user))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"ORGANIZATION\", \"organizationId\": " + organization + "}"))
                .andExpect(status().isCreated());
    }

    private void hold(String user, long meeting) throws Exception {
        String tag = mvc.perform(get("/api/v1/meetings/{id}", meeting).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(post("/api/v1/meetings/{id}/hold", meeting)
                        .header("If-Match", tag)
                        .with(demo.signedIn(user))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    private List<Integer> checklist(String user, long meeting) throws Exception {
        String json = mvc.perform(
                        get("/api/v1/meetings/{id}/attendance", meeting).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.entries[*].memberId");
    }

    private void attend(String user, long meeting, long member, String status) throws Exception {
        String reason = status.equals("ABSENT") ? ", \"absenceReason\": \"SICK\"" : "";
        mvc.perform(put("/api/v1/meetings/{id}/attendance", meeting)
                        .with(demo.signedIn(user))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"memberId\": %d, \"status\": \"%s\"%s}".formatted(member, status, reason)))
                .andExpect(status().isOk());
    }

    private static long[] difference(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream()
                .mapToLong(key -> after.get(key) - before.get(key))
                .toArray();
    }
}
