package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.campaign.ComplianceBoard.Tally;
import vn.neuguong.organization.Scope;

@IntegrationTest
class ComplianceBoardIntegrationTests {

    static final LocalDate MEETING = LocalDate.of(2025, 1, 31);
    static final LocalDate PROGRAMME = LocalDate.of(2025, 2, 28);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    Obligations obligations;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    ComplianceBoard board;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserDetailsService users;

    CampaignFixtures fixtures;
    long dongDa;
    long vanMieu;
    Campaign campaign;

    /**
     * A campaign on Đống Đa: every cell meets by 31/1/2025, every ward adopts a programme by 28/2/2025. In Văn Miếu
     * cell 1 met on time, cell 2 late, cells 3 and 4 not at all; the ward adopted its programme on time. In Quốc Tử
     * Giám cell 1 met on time. Nothing else is done.
     */
    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        campaign = fixtures.launched(
                dongDa,
                dongDa,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(
                        line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, MEETING),
                        line(ObligationKind.ACTION_PROGRAMME, AppliesTo.GRASSROOTS_COMMITTEE, PROGRAMME)));
        done(fixtures.cell("Đảng ủy phường Văn Miếu", 1), ObligationKind.CELL_MEETINGS, LocalDate.of(2025, 1, 20));
        done(fixtures.cell("Đảng ủy phường Văn Miếu", 2), ObligationKind.CELL_MEETINGS, LocalDate.of(2025, 2, 5));
        done(vanMieu, ObligationKind.ACTION_PROGRAMME, LocalDate.of(2025, 2, 1));
        done(fixtures.cell("Đảng ủy phường Quốc Tử Giám", 1), ObligationKind.CELL_MEETINGS, LocalDate.of(2025, 1, 30));
    }

    void done(long organizationId, ObligationKind kind, LocalDate on) {
        fulfilments.markDone(
                fixtures.obligation(campaign.id(), organizationId, kind),
                fixtures.version(fixtures.obligation(campaign.id(), organizationId, kind)),
                on,
                "Đã thực hiện",
                null,
                Scope.everything(),
                LocalDate.now());
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    ComplianceBoard.Board boardAt(Long node, LocalDate asOf, boolean overdueOnly) {
        return board.compute(
                campaign, campaigns.requirements(campaign.id()), node, asOf, overdueOnly, Scope.everything());
    }

    @Test
    void countsAddUpTheTreeAsSumsNotAveragesOfRates() {
        var top = boardAt(null, LocalDate.of(2025, 3, 15), false);
        assertThat(top.node().id()).isEqualTo(dongDa);
        assertThat(top.children()).hasSize(21);
        assertThat(top.subtree().total()).isEqualTo(new Tally(105, 3, 1, 101, 0, 0, 4));
        long total = top.children().stream().mapToLong(r -> r.total().total()).sum();
        long done = top.children().stream().mapToLong(r -> r.total().done()).sum();
        assertThat(total + (top.own() == null ? 0 : top.own().total().total())).isEqualTo(105);
        assertThat(done).isEqualTo(top.subtree().total().done());
        assertThat(top.subtree().total().rate()).isEqualTo(3.8);

        var vanMieuRow = top.children().stream()
                .filter(r -> r.organizationId() == vanMieu)
                .findFirst()
                .orElseThrow();
        assertThat(vanMieuRow.total()).isEqualTo(new Tally(5, 2, 1, 2, 0, 0, 3));
        assertThat(vanMieuRow.total().rate()).isEqualTo(60.0);
        assertThat(vanMieuRow.hasChildren()).isTrue();
    }

    @Test
    void drillingDownShowsEachCellsStatusOnTheChosenDate() {
        var ward = boardAt(vanMieu, LocalDate.of(2025, 3, 15), false);
        long meetingLine = ward.requirements().get(0).id();
        assertThat(ward.own().of(ward.requirements().get(1).id()).single()).isEqualTo(ObligationStatus.DONE_ON_TIME);
        assertThat(ward.children())
                .extracting(row -> row.of(meetingLine).single())
                .containsExactly(
                        ObligationStatus.DONE_ON_TIME,
                        ObligationStatus.DONE_LATE,
                        ObligationStatus.OVERDUE,
                        ObligationStatus.OVERDUE);

        var early = boardAt(vanMieu, LocalDate.of(2025, 1, 25), false);
        assertThat(early.children())
                .extracting(row -> row.of(meetingLine).single())
                .containsExactly(
                        ObligationStatus.DONE_ON_TIME,
                        ObligationStatus.NOT_YET_DUE,
                        ObligationStatus.NOT_YET_DUE,
                        ObligationStatus.NOT_YET_DUE);

        var overdue = boardAt(vanMieu, LocalDate.of(2025, 3, 15), true);
        assertThat(overdue.children())
                .extracting(ComplianceBoard.Row::name)
                .containsExactly("Chi bộ Tổ dân phố số 3", "Chi bộ Tổ dân phố số 4");
    }

    @Test
    void boardPageAnswersHtmxWithTheBoardFragmentOnly() throws Exception {
        mvc.perform(get("/campaigns/{id}/compliance", campaign.id())
                        .param("organizationId", String.valueOf(vanMieu))
                        .param("asOf", "2025-03-15")
                        .header("HX-Request", "true")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"board\"")))
                .andExpect(content().string(Matchers.containsString("Chi bộ Tổ dân phố số 4")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        mvc.perform(get("/campaigns/{id}/compliance", campaign.id())
                        .param("asOf", "2025-03-15")
                        .param("overdueOnly", "true")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html")))
                .andExpect(content().string(Matchers.containsString("Đảng ủy phường Văn Miếu")))
                .andExpect(content().string(Matchers.containsString("Bảng theo dõi thực hiện")));
    }

    @Test
    void boardPageShowsTheFiguresAndRatesOfEveryChildRow() throws Exception {
        var top = Jsoup.parse(mvc.perform(get("/campaigns/{id}/compliance", campaign.id())
                        .param("asOf", "2025-03-15")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(cells(top, "row-" + vanMieu))
                .containsExactly("Đảng ủy phường Văn Miếu", "2/4", "Hoàn thành đúng hạn", "3", "3/5", "2", "60%");
        assertThat(cells(top, "row-" + fixtures.organization("Đảng ủy phường Quốc Tử Giám")))
                .containsExactly("Đảng ủy phường Quốc Tử Giám", "1/4", "Quá hạn", "1", "1/5", "4", "20%");

        var ward = Jsoup.parse(mvc.perform(get("/campaigns/{id}/compliance", campaign.id())
                        .param("organizationId", String.valueOf(vanMieu))
                        .param("asOf", "2025-03-15")
                        .header("HX-Request", "true")
                        .with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(cells(ward, "row-" + fixtures.cell("Đảng ủy phường Văn Miếu", 2)))
                .containsExactly("Chi bộ Tổ dân phố số 2", "Hoàn thành muộn", "", "1", "1/1", "0", "100%");
        assertThat(cells(ward, "row-" + fixtures.cell("Đảng ủy phường Văn Miếu", 3)))
                .containsExactly("Chi bộ Tổ dân phố số 3", "Quá hạn", "", "0", "0/1", "1", "0%");
        var own = texts(ward.select("table.board tbody tr").get(1).select("td"));
        assertThat(own).containsExactly("Nhiệm vụ của cấp mình", "", "Hoàn thành đúng hạn", "1", "1/1", "0", "100%");
    }

    @Test
    void boardPageDrawsABarPerChildRowAboveItsTableWithAnAccessibleName() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/campaigns/{id}/compliance", campaign.id())
                        .param("organizationId", String.valueOf(vanMieu))
                        .param("asOf", "2025-03-15")
                        .with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var figure = page.selectFirst("#board figure.board-chart");
        assertThat(figure).isNotNull();
        assertThat(figure.nextElementSibling().is("table.board")).isTrue();
        var canvas = figure.selectFirst("canvas");
        assertThat(canvas.attr("role")).isEqualTo("img");
        assertThat(canvas.attr("aria-label")).contains("Đảng ủy phường Văn Miếu", "15/03/2025");
        assertThat(canvas.text()).isEqualTo(canvas.attr("aria-label"));

        var chart = new tools.jackson.databind.ObjectMapper().readTree(canvas.attr("data-chart"));
        assertThat(chart.get("labels").valueStream().map(n -> n.asString()).toList())
                .containsExactly(
                        "Chi bộ Tổ dân phố số 1",
                        "Chi bộ Tổ dân phố số 2",
                        "Chi bộ Tổ dân phố số 3",
                        "Chi bộ Tổ dân phố số 4");
        var series = chart.get("series");
        assertThat(series.valueStream().map(n -> n.get("name").asString()).toList())
                .containsExactly("Hoàn thành đúng hạn", "Hoàn thành muộn", "Quá hạn", "Chưa đến hạn");
        assertThat(series.get(0).get("values").toString()).isEqualTo("[1,0,0,0]");
        assertThat(series.get(1).get("values").toString()).isEqualTo("[0,1,0,0]");
        assertThat(series.get(2).get("values").toString()).isEqualTo("[0,0,1,1]");

        var library = page.select("script[src*=chart.umd.js]").attr("src");
        assertThat(library).startsWith("/webjars/chart.js/").endsWith("/dist/chart.umd.js");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/compliance-chart.js");
        mvc.perform(get(library).with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chart")));
        mvc.perform(get("/js/compliance-chart.js")).andExpect(status().isOk());
    }

    private static List<String> cells(Document page, String rowId) {
        var row = page.getElementById(rowId);
        assertThat(row).as(rowId).isNotNull();
        return texts(row.select("td"));
    }

    private static List<String> texts(Elements cells) {
        return cells.stream().map(Element::text).toList();
    }

    @Test
    void jsonBoardCarriesDoneCountsAndRates() throws Exception {
        mvc.perform(get("/api/v1/campaigns/{id}/compliance", campaign.id())
                        .param("asOf", "2025-03-15")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subtree.total.done").value(4))
                .andExpect(jsonPath("$.subtree.total.rate").value(3.8))
                .andExpect(jsonPath("$.children[?(@.organizationId == %d)].total.done", vanMieu)
                        .value(Matchers.contains(3)))
                .andExpect(jsonPath("$.children[?(@.organizationId == %d)].total.rate", vanMieu)
                        .value(Matchers.contains(60.0)))
                .andExpect(jsonPath(
                                "$.children[?(@.organizationId == %d)].tallies['%d'].done",
                                vanMieu,
                                campaigns.requirements(campaign.id()).get(0).id())
                        .value(Matchers.contains(2)));
    }

    @Test
    void exportsTheBoardAsAWorkbookThatReadsBack() throws Exception {
        var response = mvc.perform(get("/campaigns/{id}/compliance.xlsx", campaign.id())
                        .param("organizationId", String.valueOf(vanMieu))
                        .param("asOf", "2025-03-15")
                        .param("lang", "en")
                        .with(as("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith(ComplianceExport.XLSX)))
                .andReturn()
                .getResponse();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            var rows = new ArrayList<List<String>>();
            for (var row : sheet) {
                var cells = new ArrayList<String>();
                for (int i = 0; i < 6; i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            assertThat(rows).hasSize(6);
            assertThat(rows.get(0).get(0)).isEqualTo("Organization");
            assertThat(rows.get(0).get(2)).startsWith("Hold a thematic cell meeting");
            assertThat(rows.get(1))
                    .containsExactly(
                            "Đảng ủy phường Văn Miếu", "Grassroots party committee", "", "Done on time", "1", "1");
            assertThat(rows.get(4)).containsExactly("  Chi bộ Tổ dân phố số 3", "Party cell", "Overdue", "", "0", "1");
        }
        var overdueOnly = mvc.perform(get("/api/v1/campaigns/{id}/compliance.xlsx", campaign.id())
                        .param("organizationId", String.valueOf(vanMieu))
                        .param("asOf", "2025-03-15")
                        .param("overdueOnly", "true")
                        .with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(overdueOnly.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void campaignPagesSpeakVietnameseAndEnglish() throws Exception {
        var pages = List.of(
                "/campaigns",
                "/campaigns/new",
                "/campaigns/" + campaign.id(),
                "/campaigns/" + campaign.id() + "/cascade",
                "/campaigns/" + campaign.id() + "/compliance",
                "/campaigns/obligations?campaignId=" + campaign.id());
        for (String page : pages) {
            mvc.perform(get(page).with(as("dongda.tuyengiao")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("lang=\"vi\"")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??campaign."))));
            mvc.perform(get(page).param("lang", "en").with(as("dongda.tuyengiao")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("lang=\"en\"")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??campaign."))));
        }
        mvc.perform(get("/campaigns/{id}", campaign.id()).with(as("dongda.tuyengiao")))
                .andExpect(content().string(Matchers.containsString("Danh mục nhiệm vụ")))
                .andExpect(content().string(Matchers.containsString("Sinh hoạt chuyên đề chi bộ")));
        mvc.perform(get("/campaigns/{id}", campaign.id()).param("lang", "en").with(as("dongda.tuyengiao")))
                .andExpect(content().string(Matchers.containsString("Obligations template")))
                .andExpect(content().string(Matchers.containsString("Hold a thematic cell meeting")));
        mvc.perform(get("/campaigns/obligations")
                        .param("campaignId", String.valueOf(campaign.id()))
                        .param("status", "OVERDUE")
                        .with(as("vanmieu.vanphong")))
                .andExpect(content().string(Matchers.containsString("Đánh dấu hoàn thành")));
    }

    @Test
    void createFormShowsErrorsNextToFieldsAndCreatesWhenValid() throws Exception {
        long before =
                jdbc.sql("SELECT count(*) FROM campaign").query(Long.class).single();
        mvc.perform(post("/campaigns")
                        .param("title", "")
                        .param("requirements[0].kind", "CELL_MEETINGS")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("field-error")))
                .andExpect(content().string(Matchers.containsString("là bắt buộc")));
        assertThat(jdbc.sql("SELECT count(*) FROM campaign").query(Long.class).single())
                .isEqualTo(before);

        long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        mvc.perform(post("/campaigns")
                        .param("title", "Chuyên đề tạo từ biểu mẫu")
                        .param("directingDocumentId", String.valueOf(plan))
                        .param("ownerId", String.valueOf(dongDa))
                        .param("targetIds", String.valueOf(vanMieu))
                        .param("startsOn", "2025-01-01")
                        .param("endsOn", "2025-06-30")
                        .param("requirements[0].kind", "PERIODIC_REPORT")
                        .param("requirements[0].appliesTo", "GRASSROOTS_COMMITTEE")
                        .param("requirements[0].dueOn", "2025-03-31")
                        .param("requirements[0].label", "Quý 1/2025")
                        .param("requirements[1].kind", "")
                        .param("requirements[1].dueOn", "")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_requirement r JOIN campaign c ON c.id = r.campaign_id "
                                + "WHERE c.title = 'Chuyên đề tạo từ biểu mẫu' AND r.label = 'Quý 1/2025'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
