package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The thematic meetings of the Văn Miếu cells in the round of article 004 (16-12-2024, January and February 2025), as
 * the ward's and district's staff and the secretary of cell no. 1 read them: every state with its day, the minutes
 * state in words on the list in both languages, attendance and minutes of the held ones, and the cells' obligations
 * fulfilled by their approved minutes as of the meeting day.
 */
@IntegrationTest
class MeetingCellDemoIntegrationTests {

    static final String DECEMBER = CellMeetingDemoTexts.ROUNDS.get(0).title();
    static final String JANUARY = CellMeetingDemoTexts.ROUNDS.get(1).title();
    static final String FEBRUARY = CellMeetingDemoTexts.ROUNDS.get(2).title();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    CellMeetingDemoData demoData;

    List<Long> cells;

    @BeforeEach
    void setUp() {
        cells = jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id WHERE w.name ="
                        + " 'Đảng ủy phường Văn Miếu' AND c.kind = 'CELL' AND c.closed_on IS NULL ORDER BY c.name")
                .query(Long.class)
                .list();
    }

    String json(String user, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    Document page(String user, String path, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).param("lang", lang).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The round's meetings as the API lists them to {@code user}, by host: "status/minutes/day". */
    Map<Long, String> round(String user, String title) throws Exception {
        String body =
                json(user, "/api/v1/meetings?kind=CELL_THEMATIC&from=2024-12-01&to=2025-02-28&size=100", new Object[0]);
        List<Map<String, Object>> items = JsonPath.read(body, "$.items[?(@.title == '" + title + "')]");
        var byHost = new LinkedHashMap<Long, String>();
        for (var item : items) {
            byHost.put(
                    ((Number) item.get("hostId")).longValue(),
                    item.get("status") + "/" + item.get("minutes") + "/"
                            + item.get("startsAt").toString().substring(0, 10));
        }
        return byHost;
    }

    long meeting(long cell, String title) {
        return jdbc.sql("SELECT id FROM meeting WHERE host_id = :h AND title = :t")
                .param("h", cell)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    @Test
    void districtStaffSeeEveryStateOfTheRoundOnItsDays() throws Exception {
        assertThat(round("dongda.tuyengiao", DECEMBER))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        cells.get(0), "HELD/APPROVED/2024-12-16",
                        cells.get(1), "HELD/APPROVED/2024-12-16",
                        cells.get(2), "HELD/APPROVED/2024-12-16",
                        cells.get(3), "HELD/DRAFT/2024-12-16"));
        assertThat(round("dongda.tuyengiao", JANUARY))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        cells.get(0), "HELD/APPROVED/2025-01-10",
                        cells.get(1), "HELD/NONE/2025-01-14",
                        cells.get(2), "CANCELLED/NONE/2025-01-17",
                        cells.get(3), "PLANNED/NONE/2025-01-21"));
        assertThat(round("dongda.tuyengiao", FEBRUARY))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        cells.get(0), "HELD/DRAFT/2025-02-12",
                        cells.get(1), "CANCELLED/NONE/2025-02-14",
                        cells.get(2), "HELD/APPROVED/2025-02-18",
                        cells.get(3), "HELD/NONE/2025-02-20"));
        String cancelled = json("dongda.tuyengiao", "/api/v1/meetings/{id}", meeting(cells.get(2), JANUARY));
        assertThat(JsonPath.<String>read(cancelled, "$.meeting.cancelReason")).contains("tổng vệ sinh");
        String rows = json(
                "dongda.tuyengiao",
                "/api/v1/meetings?kind=CELL_THEMATIC&status=CANCELLED&from=2025-02-01"
                        + "&to=2025-02-28&organizationId=" + cells.get(1));
        assertThat(JsonPath.<List<String>>read(rows, "$.items[*].cancelReason"))
                .containsExactly(CellMeetingDemoTexts.ROUNDS.get(2).cancelReason());
    }

    @Test
    void theSecretarySeesHisCellsMeetingsOnly() throws Exception {
        assertThat(round("bithu.vanmieu1", DECEMBER)).containsOnlyKeys(cells.get(0));
        assertThat(round("bithu.vanmieu1", FEBRUARY))
                .containsExactlyEntriesOf(Map.of(cells.get(0), "HELD/DRAFT/2025-02-12"));
    }

    @Test
    void theListShowsEachStateAndTheMinutesInWordsNotKeys() throws Exception {
        String path = "/meetings?kind=CELL_THEMATIC&from=2024-12-01&to=2025-02-28";
        var vi = page("vanmieu.vanphong", path, "vi");
        assertThat(state(vi, cells.get(0), DECEMBER)).isEqualTo("Đã diễn ra · biên bản đã duyệt");
        assertThat(state(vi, cells.get(0), FEBRUARY)).isEqualTo("Đã diễn ra · biên bản dự thảo");
        assertThat(state(vi, cells.get(1), JANUARY)).isEqualTo("Đã diễn ra · chưa có biên bản");
        assertThat(state(vi, cells.get(2), JANUARY))
                .startsWith("Đã hủy Trùng lịch ra quân tổng vệ sinh")
                .doesNotContain("biên bản");
        assertThat(state(vi, cells.get(3), JANUARY)).isEqualTo("Dự kiến");
        var en = page("vanmieu.vanphong", path, "en");
        assertThat(state(en, cells.get(0), DECEMBER)).isEqualTo("Held · minutes approved");
        assertThat(state(en, cells.get(0), FEBRUARY)).isEqualTo("Held · draft minutes");
        assertThat(state(en, cells.get(1), JANUARY)).isEqualTo("Held · no minutes yet");
        assertThat(state(en, cells.get(2), JANUARY)).startsWith("Cancelled Trùng lịch");
        assertThat(vi.text() + en.text()).doesNotContain("meeting.list.minutes", "meeting.status", "??");
    }

    /** The state cell of the list's row for the meeting. */
    String state(Document page, long cell, String title) {
        var href = "/meetings/" + meeting(cell, title);
        var row = page.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst("a[href=" + href + "]") != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + href));
        return row.selectFirst("td.meeting-state").text();
    }

    @Test
    void theHeldMeetingsHaveTheMembersAttendanceAndTheApprovedOnesTheirConclusionsAndTasks() throws Exception {
        long approved = meeting(cells.get(0), DECEMBER);
        String checklist = json("bithu.vanmieu1", "/api/v1/meetings/{id}/attendance", approved);
        assertThat(JsonPath.<Integer>read(checklist, "$.present")).isPositive();
        assertThat(JsonPath.<Integer>read(checklist, "$.late")).isPositive();
        assertThat(JsonPath.<Integer>read(checklist, "$.absent")).isPositive();
        assertThat(JsonPath.<List<String>>read(checklist, "$.entries[?(@.status == 'ABSENT')].absenceReason"))
                .isNotEmpty()
                .doesNotContainNull();
        String minutes = json("bithu.vanmieu1", "/api/v1/meetings/{id}/minutes", approved);
        assertThat(JsonPath.<String>read(minutes, "$.revisions[0].status")).isEqualTo("APPROVED");
        assertThat(JsonPath.<String>read(minutes, "$.revisions[0].conclusions")).contains("thu hoạch");
        assertThat(JsonPath.<List<Object>>read(minutes, "$.revisions[0].tasks")).hasSize(3);
        String planned = json("vanmieu.vanphong", "/api/v1/meetings/{id}/attendance", meeting(cells.get(3), JANUARY));
        assertThat(JsonPath.<Integer>read(planned, "$.present") + JsonPath.<Integer>read(planned, "$.absent"))
                .isZero();
    }

    @Test
    void approvedMinutesFulfilTheCellsObligationOnTheBoardAsOfTheMeetingDay() throws Exception {
        long campaign = jdbc.sql("SELECT id FROM campaign WHERE title = :t AND parent_id IS NULL")
                .param("t", CellMeetingDemoData.CAMPAIGN)
                .query(Long.class)
                .single();
        String obligations = json(
                "dongda.tuyengiao",
                "/api/v1/campaigns/{id}/obligations?organizationId={cell}&size=50",
                campaign,
                cells.get(0));
        assertThat(line(obligations, "16-12-2024")).isEqualTo("2024-12-16/DONE_ON_TIME");
        assertThat(line(obligations, "Tháng 01-2025")).isEqualTo("2025-01-10/DONE_ON_TIME");
        assertThat(line(obligations, "Tháng 02-2025")).isEqualTo("null/OVERDUE");
        String cancelledCell = json(
                "dongda.tuyengiao",
                "/api/v1/campaigns/{id}/obligations?organizationId={cell}&size=50",
                campaign,
                cells.get(2));
        assertThat(line(cancelledCell, "Tháng 01-2025")).isEqualTo("null/OVERDUE");
        assertThat(line(cancelledCell, "Tháng 02-2025")).isEqualTo("2025-02-18/DONE_ON_TIME");

        var board = page(
                "dongda.tuyengiao",
                "/campaigns/obligations?campaignId=" + campaign + "&organizationId=" + cells.get(0) + "&show=ALL",
                "vi");
        var december = board.select("tbody tr").stream()
                .filter(tr -> tr.text().contains("16-12-2024"))
                .findFirst()
                .orElseThrow();
        assertThat(december.text())
                .contains("16/12/2024", "#" + meeting(cells.get(0), DECEMBER), "Hoàn thành đúng hạn");
    }

    /** The obligation of the line labelled {@code label} in a list of obligations: "fulfilledOn/status". */
    static String line(String obligations, String label) {
        List<Map<String, Object>> rows = JsonPath.read(obligations, "$.items[?(@.label == '" + label + "')]");
        assertThat(rows).as(label).hasSize(1);
        return rows.get(0).get("fulfilledOn") + "/" + rows.get(0).get("status");
    }

    @Test
    void runningTheDemoAgainAddsNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single();
        demoData.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single())
                .isEqualTo(before);
    }
}
