package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
