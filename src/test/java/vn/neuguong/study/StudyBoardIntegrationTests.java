package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

/**
 * The study files on the compliance board of the demo's December 2024 round, as the district's staff reads it: at
 * the ward every cell's members owed / on time / late / missing, linking to the cell's list, and the ward's total; at
 * the district the ward's row summing its cells; each figure equal to {@link StudyCounts}' sums.
 */
@IntegrationTest
class StudyBoardIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2025, 3, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    StudyCounts counts;

    long round;
    long vanMieu;
    long district;

    @BeforeEach
    void setUp() {
        round = new StudyFixtures(jdbc).demoRound();
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        district = demo.organization("Quận ủy Đống Đa");
    }

    @Test
    void theWardsBoardShowsEachCellsFiguresLinkingToItsList() throws Exception {
        var page = board(vanMieu);
        assertThat(page.getElementById("submission-figures").text())
                .isEqualTo("Bài thu hoạch: phải nộp / đúng hạn / muộn / chưa nộp");
        var cells = counts.bySubtree(round, vanMieu, AS_OF, Scope.everything());
        assertThat(cells).isNotEmpty();
        for (var cell : cells) {
            var td = page.selectFirst("#row-" + cell.organizationId() + " td.submissions");
            assertThat(td).as("cell %d", cell.organizationId()).isNotNull();
            assertThat(td.text()).isEqualTo(text(cell));
            assertThat(td.selectFirst("a").attr("href"))
                    .isEqualTo("/study/cells/" + cell.organizationId() + "?campaignId=" + round);
        }
        var ward = counts.total(round, vanMieu, AS_OF, Scope.everything());
        assertThat(ward.owed())
                .isEqualTo(cells.stream().mapToLong(StudyCounts.Counts::owed).sum());
        assertThat(page.selectFirst("#row-subtree td.submissions").text()).isEqualTo(text(ward));
        String href = page.selectFirst("#row-" + cells.get(0).organizationId() + " td.submissions a")
                .attr("href");
        mvc.perform(get(href).with(demo.signedIn("dongda.tuyengiao"))).andExpect(status().isOk());
    }

    @Test
    void theDistrictsBoardSumsTheWardsCells() throws Exception {
        var page = board(district);
        var ward = counts.total(round, vanMieu, AS_OF, Scope.everything());
        assertThat(ward.late()).isPositive();
        var td = page.selectFirst("#row-" + vanMieu + " td.submissions");
        assertThat(td.text()).isEqualTo(text(ward));
        assertThat(td.select("a")).isEmpty();
        var whole = counts.total(round, district, AS_OF, Scope.everything());
        assertThat(page.selectFirst("#row-subtree td.submissions").text()).isEqualTo(text(whole));
        assertThat(whole.owed())
                .isEqualTo(counts.bySubtree(round, district, AS_OF, Scope.everything()).stream()
                        .mapToLong(StudyCounts.Counts::owed)
                        .sum());
    }

    @Test
    void theApiDeclaresTheFigures() throws Exception {
        var ward = counts.total(round, vanMieu, AS_OF, Scope.everything());
        var cell = counts.bySubtree(round, vanMieu, AS_OF, Scope.everything()).get(0);
        mvc.perform(get("/api/v1/campaigns/{id}/compliance", round)
                        .param("organizationId", "" + vanMieu)
                        .param("asOf", AS_OF.toString())
                        .with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberSubmissions.subtree.owed").value(ward.owed()))
                .andExpect(jsonPath("$.memberSubmissions.subtree.late").value(ward.late()))
                .andExpect(jsonPath("$.memberSubmissions.children['" + cell.organizationId() + "'].missing")
                        .value(cell.missing()))
                .andExpect(jsonPath("$.memberSubmissions.children['" + cell.organizationId() + "'].href")
                        .value("/study/cells/" + cell.organizationId() + "?campaignId=" + round));
    }

    @Test
    void theWorkbookAppendsEachRowsFiguresAfterTheBoardsOwnColumns() throws Exception {
        var bytes = mvc.perform(get("/campaigns/{id}/compliance.xlsx", round)
                        .param("organizationId", "" + vanMieu)
                        .param("asOf", AS_OF.toString())
                        .with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var rows = new LinkedHashMap<String, List<String>>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var formatter = new DataFormatter();
            for (var row : workbook.getSheetAt(1)) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.putIfAbsent(cells.get(0), cells);
            }
        }
        var header = rows.get("Tổ chức");
        assertThat(header.subList(header.size() - 5, header.size()))
                .containsExactly(
                        "Đảng viên phải thực hiện",
                        "Bài thu hoạch: phải nộp",
                        "Bài thu hoạch: đúng hạn",
                        "Bài thu hoạch: muộn",
                        "Bài thu hoạch: chưa nộp");
        var ward = counts.total(round, vanMieu, AS_OF, Scope.everything());
        assertThat(lastFour(rows.get("Toàn đảng bộ"))).isEqualTo(figures(ward));
        var cells = counts.bySubtree(round, vanMieu, AS_OF, Scope.everything());
        for (var cell : cells) {
            assertThat(rows.get(cell.organizationName()))
                    .as(cell.organizationName())
                    .hasSize(header.size());
            assertThat(lastFour(rows.get(cell.organizationName()))).isEqualTo(figures(cell));
        }
        assertThat(cells.stream().mapToLong(StudyCounts.Counts::late).sum()).isPositive();
    }

    @Test
    void theChartStacksEachRowsMembersOnAnAxisOfTheirOwn() throws Exception {
        var canvas = board(vanMieu).selectFirst("canvas#board-chart");
        assertThat(canvas.attr("aria-label")).contains("nộp bài thu hoạch");
        var chart = new tools.jackson.databind.ObjectMapper().readTree(canvas.attr("data-chart"));
        assertThat(chart.get("axes").get("members").asString()).isEqualTo("Đảng viên");
        var labels = chart.get("labels").valueStream().map(n -> n.asString()).toList();
        var members = chart.get("series")
                .valueStream()
                .filter(s -> s.get("axis").asString().equals("members"))
                .toList();
        assertThat(members.stream().map(s -> s.get("name").asString()))
                .containsExactly(
                        "Đảng viên: nộp đúng hạn",
                        "Đảng viên: nộp muộn",
                        "Đảng viên: chưa nộp",
                        "Đảng viên: chưa đến hạn");
        for (var cell : counts.bySubtree(round, vanMieu, AS_OF, Scope.everything())) {
            int i = labels.indexOf(cell.organizationName());
            assertThat(i).as(cell.organizationName()).isNotNegative();
            assertThat(members.stream().map(s -> s.get("values").get(i).asLong()))
                    .containsExactly(cell.onTime(), cell.late(), cell.missing(), cell.pending());
        }
    }

    private static List<String> lastFour(List<String> row) {
        return row.subList(row.size() - 4, row.size());
    }

    private static List<String> figures(StudyCounts.Counts c) {
        return Stream.of(c.owed(), c.onTime(), c.late(), c.missing())
                .map(String::valueOf)
                .toList();
    }

    private Document board(long node) throws Exception {
        return Jsoup.parse(mvc.perform(get("/campaigns/{id}/compliance", round)
                        .param("organizationId", "" + node)
                        .param("asOf", AS_OF.toString())
                        .with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The figures as the Vietnamese page writes them, thousands grouped with a dot: "1.292 / 36 / 10 / 1.246". */
    private static String text(StudyCounts.Counts c) {
        var number = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));
        return Stream.of(c.owed(), c.onTime(), c.late(), c.missing())
                .map(number::format)
                .collect(Collectors.joining(" / "));
    }
}
