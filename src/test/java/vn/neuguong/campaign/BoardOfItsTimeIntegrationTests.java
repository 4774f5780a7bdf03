package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

/**
 * Boards read the structure of their time: the demo's wards Bồ Đề and Ngọc Lâm merged on 1/7/2025, so Long Biên's
 * 2024 round shows the two old wards with their cells under the names they bore, and a round launched after the
 * merge shows the new ward. The new ward's staff reach the old wards' board; a sibling ward's staff do not.
 */
@IntegrationTest
class BoardOfItsTimeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DemoFixtures demo;

    @Autowired
    Clock clock;

    @Test
    void the2024RoundShowsTheTwoOldWardsWithTheirCellsFigures() throws Exception {
        long round = round2024();
        long longBien = demo.organization("Quận ủy Long Biên");
        long oldBoDe = oldWard("Đảng ủy phường Bồ Đề");
        long ngocLam = oldWard("Đảng ủy phường Ngọc Lâm");
        long newBoDe = demo.organization("Đảng ủy phường Bồ Đề");

        var district = board(round, longBien, "hanoi.tuyengiao");
        assertThat(rowNames(district))
                .containsExactly("Đảng ủy phường Bồ Đề", "Đảng ủy phường Gia Thụy", "Đảng ủy phường Ngọc Lâm");
        assertThat(district.getElementById("row-" + newBoDe))
                .as("the new ward did not exist in 2024")
                .isNull();
        // each old ward: its conference, its report and its five cells' meetings
        assertThat(total(district, oldBoDe)).isEqualTo(figures(round, oldBoDe));
        assertThat(total(district, ngocLam)).isEqualTo(figures(round, ngocLam));
        assertThat(total(district, oldBoDe)).endsWith("/7");

        var ngocLamBoard = board(round, ngocLam, "hanoi.tuyengiao");
        assertThat(rowNames(ngocLamBoard))
                .as("Ngọc Lâm's cells under the numbers they had before the merge renumbered them")
                .containsExactly(
                        "Chi bộ Tổ dân phố số 1",
                        "Chi bộ Tổ dân phố số 2",
                        "Chi bộ Tổ dân phố số 3",
                        "Chi bộ Tổ dân phố số 4",
                        "Chi bộ Tổ dân phố số 5");
    }

    @Test
    void aRoundLaunchedAfterTheMergeShowsTheNewWard() throws Exception {
        var fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        long longBien = demo.organization("Quận ủy Long Biên");
        long newBoDe = demo.organization("Đảng ủy phường Bồ Đề");
        LocalDate today = LocalDate.now(clock);
        var campaign = drafts.create(
                new CampaignForm(
                        "Đợt sau sáp nhập " + System.nanoTime(),
                        null,
                        fixtures.document(longBien, "QU", today.minusDays(30), List.of()),
                        longBien,
                        List.of(longBien),
                        today.minusDays(20),
                        today.plusDays(60),
                        List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, today.plusDays(30)))),
                Scope.everything());
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), today.minusDays(10));

        var district = board(campaign.id(), longBien, "hanoi.tuyengiao");
        assertThat(rowNames(district)).containsExactly("Đảng ủy phường Bồ Đề", "Đảng ủy phường Gia Thụy");
        assertThat(district.getElementById("row-" + newBoDe)).isNotNull();
        assertThat(total(district, newBoDe))
                .as("the ten cells of both old wards")
                .isEqualTo("0/10");
        assertThat(rowNames(board(campaign.id(), newBoDe, "bode.vanphong")))
                .hasSize(10)
                .contains("Chi bộ Tổ dân phố số 1", "Chi bộ Tổ dân phố số 10");
    }

    @Test
    void theDemos2026RoundShowsTheNewWardWithTheCellsOfBoth() throws Exception {
        long round = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                .param("t", MergedWardCampaignDemoData.TITLE)
                .query(Long.class)
                .single();
        long newBoDe = demo.organization("Đảng ủy phường Bồ Đề");
        var district = board(round, demo.organization("Quận ủy Long Biên"), "hanoi.tuyengiao");
        assertThat(rowNames(district)).containsExactly("Đảng ủy phường Bồ Đề", "Đảng ủy phường Gia Thụy");
        assertThat(total(district, newBoDe))
                .as("its conference, its report, ten cells")
                .endsWith("/12");
        long done = jdbc.sql(
                        "SELECT count(*) FROM obligation ob WHERE ob.campaign_id = :c AND ob.fulfilled_on IS NOT NULL"
                                + " AND ob.organization_id IN (SELECT id FROM organization WHERE id = :w OR parent_id = :w)")
                .param("c", round)
                .param("w", newBoDe)
                .query(Long.class)
                .single();
        assertThat(total(district, newBoDe)).isEqualTo(done + "/12");
    }

    @Test
    void theNewWardsStaffReachThe2024BoardOfThePredecessorsAndNoSiblings() throws Exception {
        long round = round2024();
        long ngocLam = oldWard("Đảng ủy phường Ngọc Lâm");
        long giaThuy = demo.organization("Đảng ủy phường Gia Thụy");
        assertThat(rowNames(board(round, ngocLam, "bode.vanphong"))).hasSize(5);
        assertThat(rowNames(board(round, oldWard("Đảng ủy phường Bồ Đề"), "bode.vanphong")))
                .hasSize(5);
        mvc.perform(get("/campaigns/{id}/compliance", round)
                        .param("organizationId", String.valueOf(giaThuy))
                        .with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/campaigns/{id}/compliance", round)
                        .param("organizationId", String.valueOf(ngocLam))
                        .with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
    }

    private long round2024() {
        return jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                .param("t", LongBienCampaignDemoData.TITLE)
                .query(Long.class)
                .single();
    }

    private long oldWard(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :n AND closed_on = DATE '2025-07-01'")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** done/total of the ward's obligations and those of the cells under it on the round's last day. */
    private String figures(long campaign, long ward) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE ob.fulfilled_on IS NOT NULL) || '/' || count(*)
                          FROM obligation ob
                         WHERE ob.campaign_id = :c
                           AND (ob.organization_id = :w OR ob.organization_id IN (
                                SELECT p.organization_id FROM organization_period p WHERE p.parent_id = :w
                                   AND p.valid_from <= DATE '2024-12-31'
                                   AND (p.valid_to IS NULL OR p.valid_to > DATE '2024-12-31')))
                        """)
                .param("c", campaign)
                .param("w", ward)
                .query(String.class)
                .single();
    }

    private Document board(long campaign, long node, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get("/campaigns/{id}/compliance", campaign)
                        .param("organizationId", String.valueOf(node))
                        .with(demo.signedIn(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> rowNames(Document page) {
        return page.select("tr[id^=row-]:not(#row-subtree)").stream()
                .map(row -> row.selectFirst("td").text())
                .toList();
    }

    /** The row's "done/total" figure, the cell after the requirements' columns. */
    private static String total(Document page, long organization) {
        Element row = page.getElementById("row-" + organization);
        assertThat(row).isNotNull();
        var cells = row.select("td");
        return cells.get(cells.size() - 3).text();
    }
}
