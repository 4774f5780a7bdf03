package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.ActorPrincipal;

/**
 * The roll-up of the cells' monthly plans as staff read it: per child, cells expected, posted on time, posted late and
 * not posted, the same figures on the page and in the JSON, summed up the tree (the ward's row at the district is the
 * ward's total); the drill-down lists the ward's cells with their status; another ward's staff get 404.
 */
@IntegrationTest
class PlanBoardIntegrationTests {

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

    Document page(String user, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    List<String> figures(org.jsoup.nodes.Element row) {
        return List.of("expected", "on-time", "late", "not-posted").stream()
                .map(c -> row.selectFirst("." + c).text())
                .toList();
    }

    @Test
    void theWardsCellsAreCountedOnTheBoardItsDistrictsBoardAndTheDrillDown() throws Exception {
        long vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        long dongDa = demo.organization("Quận ủy Đống Đa");
        var month = YearMonth.now(clock).plusMonths(7);
        var cells = jdbc.sql("SELECT id FROM organization WHERE parent_id = :w AND kind = 'CELL' AND closed_on IS NULL"
                        + " ORDER BY name")
                .param("w", vanMieu)
                .query(Long.class)
                .list();
        assertThat(cells).hasSize(4);
        var staff = ((ActorPrincipal) demo.account("vanmieu.vanphong")).actor();
        plans.post(CellPlanIntegrationTests.form(cells.get(0), month, month.atDay(4)), staff);
        var lateAt = OffsetDateTime.of(
                month.minusMonths(1).atDay(22), LocalTime.of(8, 0), CellPlanIntegrationTests.offset());
        plans.post(CellPlanIntegrationTests.form(cells.get(1), month, month.atDay(5)), staff, lateAt);

        var board = page("vanmieu.vanphong", "/meeting-plans?organizationId=" + vanMieu + "&month=" + month);
        assertThat(board.selectFirst("h1").text())
                .contains("%02d/%d".formatted(month.getMonthValue(), month.getYear()));
        assertThat(figures(board.selectFirst("#total"))).containsExactly("4", "1", "1", "2");
        assertThat(board.select("#plan-board tbody tr")).hasSize(4);
        assertThat(figures(board.selectFirst("tr[data-organization=" + cells.get(1) + "]")))
                .containsExactly("1", "0", "1", "0");

        var json = mvc.perform(get("/api/v1/meeting-plans/board")
                        .param("organizationId", String.valueOf(dongDa))
                        .param("month", month.toString())
                        .with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> ward = JsonPath.read(json, "$.rows[?(@.organizationId == " + vanMieu + ")]");
        assertThat(ward).hasSize(1);
        assertThat(List.of("expected", "onTime", "late", "notPosted", "posted").stream()
                        .map(k -> ((Number) ward.get(0).get(k)).intValue())
                        .toList())
                .containsExactly(4, 1, 1, 2, 2);
        int districtExpected = JsonPath.read(json, "$.total.expected");
        List<Integer> expectedByWard = JsonPath.read(json, "$.rows[*].expected");
        assertThat(expectedByWard.stream().mapToInt(Integer::intValue).sum()).isEqualTo(districtExpected);
        var district = page("dongda.tuyengiao", "/meeting-plans?organizationId=" + dongDa + "&month=" + month);
        assertThat(figures(district.selectFirst("tr[data-organization=" + vanMieu + "]")))
                .containsExactly("4", "1", "1", "2");

        var list = page(
                "vanmieu.vanphong",
                "/meeting-plans/cells?organizationId=" + vanMieu + "&month=" + month + "&status=LATE");
        assertThat(list.select("#plan-cells tbody tr")).hasSize(1);
        assertThat(list.selectFirst("#plan-cells tbody tr").attr("data-cell")).isEqualTo(String.valueOf(cells.get(1)));
        mvc.perform(get("/api/v1/meeting-plans/board/cells")
                        .param("organizationId", String.valueOf(vanMieu))
                        .param("month", month.toString())
                        .with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total")
                        .value(4));
    }

    @Test
    void anotherWardsBoardIsNotFound() throws Exception {
        long vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        mvc.perform(get("/meeting-plans")
                        .param("organizationId", String.valueOf(vanMieu))
                        .with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meeting-plans/board")
                        .param("organizationId", String.valueOf(vanMieu))
                        .with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meeting-plans/board")
                        .param("month", "2026-13")
                        .with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDemoShowsNextMonthsPlansOfTheWardWithOneCellMissing() throws Exception {
        long vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        var board = page("vanmieu.vanphong", "/meeting-plans?organizationId=" + vanMieu);
        var total = figures(board.selectFirst("#total"));
        assertThat(total.get(0)).isEqualTo("4");
        assertThat(Integer.parseInt(total.get(1)) + Integer.parseInt(total.get(2)))
                .isEqualTo(3);
        assertThat(total.get(3)).isEqualTo("1");
        assertThat(board.selectFirst("#rule"))
                .as("a ward's staff set the ward's due day")
                .isNotNull();
    }
}
