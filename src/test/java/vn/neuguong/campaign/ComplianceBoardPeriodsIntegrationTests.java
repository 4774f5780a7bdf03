package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.MemberCounting;

/**
 * The board of a campaign with a monthly line on phường Văn Miếu (its four cells meet every month of the first
 * quarter of 2025; the line is due before its day), a one-off line of members' submissions and the ward's
 * programme: each period and the whole, the periods' table, hand-ticked obligations, members counted, an event
 * awaited. Every test runs in a transaction rolled back at its end, so the unit it adds to the tree stays its own.
 */
@IntegrationTest
class ComplianceBoardPeriodsIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2025, 3, 15);

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
    UserDetailsService users;

    @Autowired
    MemberCounting counting;

    CampaignFixtures fixtures;
    long dongDa;
    long vanMieu;
    long[] cells = new long[5];

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization("Đảng ủy phường Văn Miếu");
        for (int i = 1; i <= 4; i++) {
            cells[i] = fixtures.cell("Đảng ủy phường Văn Miếu", i);
        }
    }

    interface Body {
        void run() throws Exception;
    }

    /** Runs the test's requests in one transaction, rolled back at the end. */
    void rolledBack(Body body) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    record Monthly(Campaign campaign, long meetings, long submissions, long programme) {}

    /**
     * Cells meet in January, February and March (due on each month's last day, before it): in January cell 1 on
     * time, cell 2 late; in February cells 1, 3 (with a document) and 4 (with an attached file) on time. Members'
     * submissions are due 31/3, cell 4's awaiting its event; the ward's programme (28/2) is not done.
     */
    Monthly monthly() {
        var campaign = fixtures.launched(
                dongDa,
                vanMieu,
                fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of()),
                List.of(
                        line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 3, 31)),
                        line(ObligationKind.MEMBER_SUBMISSIONS, AppliesTo.CELL, LocalDate.of(2025, 3, 31)),
                        line(
                                ObligationKind.ACTION_PROGRAMME,
                                AppliesTo.GRASSROOTS_COMMITTEE,
                                LocalDate.of(2025, 2, 28))));
        var lines = campaigns.requirements(campaign.id());
        long meetings = lines.get(0).id();
        jdbc.sql("UPDATE campaign_requirement SET recurrence = 'MONTHLY', due_day_on_time = false WHERE id = :r")
                .param("r", meetings)
                .update();
        jdbc.sql("UPDATE obligation SET period_starts_on = DATE '2025-01-01', period_ends_on = DATE '2025-01-31',"
                        + " due_on = DATE '2025-01-31', due_day_on_time = false WHERE requirement_id = :r")
                .param("r", meetings)
                .update();
        for (int month = 2; month <= 3; month++) {
            var first = LocalDate.of(2025, month, 1);
            jdbc.sql("INSERT INTO obligation (campaign_id, requirement_id, organization_id, kind, due_on,"
                            + " period_starts_on, period_ends_on, due_day_on_time) SELECT campaign_id, requirement_id,"
                            + " organization_id, kind, :last, :first, :last, false FROM obligation WHERE requirement_id"
                            + " = :r AND period_starts_on = DATE '2025-01-01'")
                    .param("r", meetings)
                    .param("first", first)
                    .param("last", first.plusMonths(1).minusDays(1))
                    .update();
        }
        done(meetings, cells[1], "2025-01-01", "2025-01-20", "", "Chi bộ 1 đã họp tháng 1");
        done(meetings, cells[2], "2025-01-01", "2025-02-05", "", "Chi bộ 2 họp muộn");
        done(meetings, cells[1], "2025-02-01", "2025-02-27", "", "Chi bộ 1 đã họp tháng 2");
        long minutes = fixtures.document(cells[3], "CB", LocalDate.of(2025, 2, 20), List.of());
        done(meetings, cells[3], "2025-02-01", "2025-02-20", ", evidence_document_id = " + minutes, "Biên bản");
        done(
                meetings,
                cells[4],
                "2025-02-01",
                "2025-02-10",
                ", attachment_key = 'k', attachment_name = 'a.pdf'",
                "Tệp");
        jdbc.sql("UPDATE obligation SET awaiting_event = true WHERE requirement_id = :r AND organization_id = :o")
                .param("r", lines.get(1).id())
                .param("o", cells[4])
                .update();
        return new Monthly(campaign, meetings, lines.get(1).id(), lines.get(2).id());
    }

    void done(long requirement, long organization, String period, String on, String more, String note) {
        jdbc.sql("UPDATE obligation SET fulfilled_on = CAST(:on AS date), note = :note, fulfilled_by ="
                        + " 'vanmieu.vanphong'" + more + " WHERE requirement_id = :r AND organization_id = :o"
                        + " AND period_starts_on = CAST(:p AS date)")
                .param("on", on)
                .param("note", note)
                .param("r", requirement)
                .param("o", organization)
                .param("p", period)
                .update();
    }

    /** A unit the ward leads, with the ward's programme to adopt (not done). */
    long frontUnitOwingTheProgramme(Monthly m) {
        long unit = jdbc.sql(
                        "INSERT INTO organization (kind, level_label, name, code, parent_id, path,"
                                + " established_on) SELECT 'FRONT', 'Ủy ban MTTQ phường', 'Ban Thường trực Ủy ban MTTQ phường"
                                + " Văn Miếu', 'MTVM', id, path, DATE '2020-01-01' FROM organization WHERE id = :w RETURNING id")
                .param("w", vanMieu)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE organization SET path = path || CAST(id AS text) WHERE id = :u")
                .param("u", unit)
                .update();
        jdbc.sql("INSERT INTO organization_period (organization_id, parent_id, path, name, code, level_label,"
                        + " valid_from, change_kind) SELECT id, parent_id, path, name, code, level_label, established_on,"
                        + " 'CREATE' FROM organization WHERE id = :u")
                .param("u", unit)
                .update();
        jdbc.sql("INSERT INTO obligation (campaign_id, requirement_id, organization_id, kind, due_on) VALUES (:c, :r,"
                        + " :u, 'ACTION_PROGRAMME', DATE '2025-02-28')")
                .param("c", m.campaign().id())
                .param("r", m.programme())
                .param("u", unit)
                .update();
        return unit;
    }

    MockHttpServletRequestBuilder board(String path, Monthly m, String... params) {
        return board(path, m.campaign().id(), vanMieu, "vanmieu.vanphong", params);
    }

    /** A GET of the board's path by the ward's office, the asked parameters beside the node and the date. */
    MockHttpServletRequestBuilder board(String path, long campaignId, long node, String username, String... params) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("organizationId", String.valueOf(node));
        values.put("asOf", AS_OF.toString());
        for (int i = 0; i < params.length; i += 2) {
            values.put(params[i], params[i + 1]);
        }
        var request = get(path, campaignId).with(user(users.loadUserByUsername(username)));
        values.forEach(request::param);
        return request;
    }

    Document page(Monthly m, String... params) throws Exception {
        return Jsoup.parse(mvc.perform(board("/campaigns/{id}/compliance", m, params))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static List<String> cells(Document page, String rowId) {
        var row = page.getElementById(rowId);
        assertThat(row).as(rowId).isNotNull();
        return texts(row.select("td"));
    }

    /** The members the ward's cells expect on the board's date, by the counting rule cell by cell. */
    long total(MemberCounting counting) {
        long sum = 0;
        for (int i = 1; i <= 4; i++) {
            sum += counting.expected(cells[i], AS_OF);
        }
        return sum;
    }

    /** Each cell's text, empty cells too (Elements.eachText leaves them out). */
    static List<String> texts(org.jsoup.select.Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void theWholeCountsEveryPeriodAndOnePeriodCountsItsOwn() {
        rolledBack(() -> {
            var m = monthly();
            mvc.perform(board("/api/v1/campaigns/{id}/compliance", m))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.period").value(Matchers.nullValue()))
                    .andExpect(jsonPath("$.periods[*].startsOn")
                            .value(Matchers.contains("2025-01-01", "2025-02-01", "2025-03-01")))
                    .andExpect(jsonPath("$.periods[0].kind").value("MONTH"))
                    .andExpect(jsonPath("$.subtree.total.total").value(17))
                    .andExpect(jsonPath("$.subtree.total.onTime").value(4))
                    .andExpect(jsonPath("$.subtree.total.late").value(1))
                    .andExpect(jsonPath("$.subtree.total.overdue").value(4))
                    .andExpect(jsonPath("$.subtree.total.notYetDue").value(7))
                    .andExpect(jsonPath("$.subtree.total.awaitingEvent").value(1))
                    .andExpect(jsonPath("$.subtree.total.handTicked").value(3))
                    .andExpect(jsonPath("$.subtree.tallies['%d'].total", m.meetings())
                            .value(12))
                    .andExpect(jsonPath("$.periodTable[0].requirementId").value(m.meetings()))
                    .andExpect(
                            jsonPath("$.periodTable[0].periods[*].tally.onTime").value(Matchers.contains(1, 3, 0)))
                    .andExpect(
                            jsonPath("$.periodTable[0].periods[*].tally.late").value(Matchers.contains(1, 0, 0)))
                    .andExpect(jsonPath("$.periodTable[0].periods[*].tally.overdue")
                            .value(Matchers.contains(2, 1, 0)))
                    .andExpect(jsonPath("$.periodTable[0].periods[*].tally.notYetDue")
                            .value(Matchers.contains(0, 0, 4)));
            mvc.perform(board("/api/v1/campaigns/{id}/compliance", m, "period", "2025-02-01"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.period").value("2025-02-01"))
                    .andExpect(jsonPath("$.subtree.total.total").value(4))
                    .andExpect(jsonPath("$.subtree.total.done").value(3))
                    .andExpect(jsonPath("$.subtree.total.rate").value(75.0))
                    .andExpect(jsonPath("$.subtree.total.handTicked").value(1))
                    .andExpect(jsonPath("$.periodTable[0].periods.length()").value(3));

            var whole = page(m);
            assertThat(whole.select("#period option").eachText())
                    .containsExactly("Toàn bộ các kỳ", "Tháng 01/2025", "Tháng 02/2025", "Tháng 03/2025");
            assertThat(whole.selectFirst("#period-shown").text()).isEqualTo("Kỳ: Toàn bộ các kỳ");
            long members1 = counting.expected(cells[1], AS_OF);
            assertThat(cells(whole, "row-" + cells[1]))
                    .containsExactly(
                            "Chi bộ Tổ dân phố số 1",
                            "2/3",
                            "Chưa đến hạn",
                            "",
                            members1 + " / 0 / 0 / 0",
                            String.valueOf(members1),
                            "0",
                            "2",
                            "2/4",
                            "0",
                            "50%");
            assertThat(cells(whole, "row-" + cells[4]))
                    .containsExactly(
                            "Chi bộ Tổ dân phố số 4",
                            "1/3",
                            "Chờ sự kiện",
                            "",
                            counting.expected(cells[4], AS_OF) + " / 0 / 0 / 0",
                            String.valueOf(counting.expected(cells[4], AS_OF)),
                            "1",
                            "0",
                            "1/4",
                            "1",
                            "25%");
            assertThat(whole.select("#periods-" + m.meetings() + " tbody tr").stream()
                            .map(row -> texts(row.select("td")))
                            .toList())
                    .containsExactly(
                            List.of("Tháng 01/2025", "1", "1", "2", "0", "0", "2/4"),
                            List.of("Tháng 02/2025", "3", "0", "1", "0", "0", "3/4"),
                            List.of("Tháng 03/2025", "0", "0", "0", "4", "0", "0/4"));

            var february = page(m, "period", "2025-02-01");
            assertThat(february.selectFirst("#period-shown").text()).isEqualTo("Kỳ: Tháng 02/2025");
            assertThat(february.select("#period option[selected]").text()).isEqualTo("Tháng 02/2025");
            assertThat(cells(february, "row-" + cells[1]))
                    .containsExactly(
                            "Chi bộ Tổ dân phố số 1",
                            "Hoàn thành đúng hạn",
                            "",
                            "",
                            members1 + " / 0 / 0 / 0",
                            String.valueOf(members1),
                            "1",
                            "1/1",
                            "0",
                            "100%");
            assertThat(texts(february.getElementById("row-subtree").select("td")))
                    .containsExactly(
                            "3/4",
                            "",
                            "",
                            total(counting) + " / 0 / 0 / 0",
                            String.valueOf(total(counting)),
                            "1",
                            "3/4",
                            "1",
                            "75%");
        });
    }

    @Test
    void eachLineStatesWhetherItsDueDayIsOnTime() {
        rolledBack(() -> {
            var m = monthly();
            var page = page(m);
            assertThat(page.selectFirst("#line-" + m.meetings() + " .due-rule").text())
                    .isEqualTo("trước ngày 31/3/2025");
            assertThat(page.selectFirst("#line-" + m.programme() + " .due-rule").text())
                    .isEqualTo("chậm nhất ngày 28/2/2025");
            mvc.perform(board("/api/v1/campaigns/{id}/compliance", m))
                    .andExpect(jsonPath("$.lines[?(@.requirementId == %d)].dueDayOnTime", m.meetings())
                            .value(Matchers.contains(false)))
                    .andExpect(jsonPath("$.lines[?(@.requirementId == %d)].recurring", m.meetings())
                            .value(Matchers.contains(true)))
                    .andExpect(jsonPath("$.lines[?(@.requirementId == %d)].dueDayOnTime", m.programme())
                            .value(Matchers.contains(true)));
            var english = Jsoup.parse(mvc.perform(board("/campaigns/{id}/compliance", m, "lang", "en"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(english.selectFirst("#line-" + m.meetings() + " .due-rule")
                            .text())
                    .isEqualTo("before 31/3/2025");
            assertThat(english.html()).doesNotContain("??");
            assertThat(english.select("#period option").eachText())
                    .containsExactly("All periods", "Month 01/2025", "Month 02/2025", "Month 03/2025");
            assertThat(english.selectFirst("#members-expected .counting-rule").text())
                    .startsWith("Counted: members on the cell's roll");
        });
    }

    @Test
    void membersExpectedLeaveTheExemptMemberOutAndTheRuleStandsBesideTheFigure() {
        rolledBack(() -> {
            var m = monthly();
            long expected = 0;
            long onRoll = 0;
            for (int i = 1; i <= 4; i++) {
                expected += counting.expected(cells[i], AS_OF);
                onRoll += counting.onRoll(cells[i], AS_OF);
            }
            var exempt = jdbc.sql("SELECT s.member_id, m.cell_id FROM member_standing s JOIN member m ON m.id ="
                            + " s.member_id WHERE s.kind = 'EXEMPT_ACTIVITY' AND m.cell_id IN (:cells)")
                    .param("cells", List.of(cells[1], cells[2], cells[3], cells[4]))
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            assertThat(counting.isExpected(exempt[0], exempt[1], AS_OF)).isFalse();
            assertThat(onRoll - expected).isEqualTo(1);

            var page = page(m);
            assertThat(page.selectFirst("#members-expected strong").text())
                    .isEqualTo("Đảng viên phải thực hiện: " + expected + " (trong danh sách: " + onRoll + ")");
            assertThat(page.selectFirst("#members-expected .counting-rule").text())
                    .contains("Không tính: đảng viên được miễn sinh hoạt");
            assertThat(page.selectFirst("#line-" + m.submissions() + " .line-members")
                            .text())
                    .isEqualTo("Đảng viên phải nộp: " + expected);
            var row = cells(page, "row-" + exempt[1]);
            assertThat(page.selectFirst("#row-" + exempt[1] + " td.members").text())
                    .isEqualTo(String.valueOf(counting.expected(exempt[1], AS_OF)));

            mvc.perform(board("/api/v1/campaigns/{id}/compliance", m))
                    .andExpect(jsonPath("$.subtree.membersExpected").value(expected))
                    .andExpect(jsonPath("$.subtree.membersOnRoll").value(onRoll))
                    .andExpect(jsonPath("$.countingRule").value(Matchers.startsWith("Tính: đảng viên")))
                    .andExpect(jsonPath("$.children[?(@.organizationId == %d)].membersExpected", exempt[1])
                            .value(Matchers.contains((int) counting.expected(exempt[1], AS_OF))));
        });
    }

    @Test
    void handTickedObligationsAreListedWithTheirNoteAndCountedPerRow() {
        rolledBack(() -> {
            var m = monthly();
            mvc.perform(board("/api/v1/campaigns/{id}/compliance/hand-ticked", m))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(3))
                    .andExpect(jsonPath("$.page").value(1))
                    .andExpect(jsonPath("$.items[*].note")
                            .value(Matchers.contains(
                                    "Chi bộ 1 đã họp tháng 2", "Chi bộ 2 họp muộn", "Chi bộ 1 đã họp tháng 1")))
                    .andExpect(jsonPath("$.items[0].doneBy").value("vanmieu.vanphong"))
                    .andExpect(jsonPath("$.items[0].doneOn").value("2025-02-27"))
                    .andExpect(jsonPath("$.items[0].periodStartsOn").value("2025-02-01"))
                    .andExpect(jsonPath("$.items[0].organizationName").value("Chi bộ Tổ dân phố số 1"))
                    .andExpect(jsonPath("$.items[0].kind").value("CELL_MEETINGS"));
            mvc.perform(board("/api/v1/campaigns/{id}/compliance/hand-ticked", m, "size", "2", "page", "2"))
                    .andExpect(jsonPath("$.total").value(3))
                    .andExpect(jsonPath("$.items[*].note").value(Matchers.contains("Chi bộ 1 đã họp tháng 1")));
            mvc.perform(board("/api/v1/campaigns/{id}/compliance/hand-ticked", m, "period", "2025-02-01"))
                    .andExpect(jsonPath("$.total").value(1));
            mvc.perform(board("/api/v1/campaigns/{id}/compliance/hand-ticked", m, "page", "0"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"));

            var page = page(m);
            assertThat(page.selectFirst("#hand-ticked .hand-ticked-count").text())
                    .startsWith("3 nhiệm vụ chỉ có ghi chú");
            assertThat(texts(page.select("#hand-ticked tbody tr").get(0).select("td")))
                    .containsExactly(
                            "Chi bộ Tổ dân phố số 1",
                            "Sinh hoạt chuyên đề chi bộ",
                            "Tháng 02/2025",
                            "27/02/2025",
                            "vanmieu.vanphong",
                            "Chi bộ 1 đã họp tháng 2");
            assertThat(page.select("#hand-ticked tbody tr")).hasSize(3);
            mvc.perform(board("/api/v1/campaigns/{id}/compliance", m))
                    .andExpect(jsonPath("$.children[?(@.organizationId == %d)].total.handTicked", cells[1])
                            .value(Matchers.contains(2)))
                    .andExpect(jsonPath("$.children[?(@.organizationId == %d)].total.handTicked", cells[3])
                            .value(Matchers.contains(0)));
        });
    }

    @Test
    void partyOnlyLeavesTheUnitsRowsAndObligationsOut() {
        rolledBack(() -> {
            var m = monthly();
            long unit = frontUnitOwingTheProgramme(m);
            var all = page(m);
            var rows = all.select("table.board").first().select("tbody tr[id^=row-]");
            assertThat(rows.last().id()).isEqualTo("row-" + unit);
            assertThat(cells(all, "row-" + unit).get(0))
                    .isEqualTo("Ban Thường trực Ủy ban MTTQ phường Văn Miếu (Ủy ban Mặt trận Tổ quốc)");
            assertThat(cells(all, "row-" + unit).subList(1, 11))
                    .containsExactly("", "", "Quá hạn", "0 / 0 / 0 / 0", "0", "0", "0", "0/1", "1", "0%");
            mvc.perform(board("/api/v1/campaigns/{id}/compliance", m))
                    .andExpect(jsonPath("$.units").value("ALL"))
                    .andExpect(jsonPath("$.subtree.total.total").value(18))
                    .andExpect(jsonPath("$.children[-1:].organizationId").value(Matchers.contains((int) unit)))
                    .andExpect(jsonPath("$.children[-1:].party").value(Matchers.contains(false)))
                    .andExpect(jsonPath("$.children[-1:].kind").value(Matchers.contains("FRONT")));

            var party = page(m, "units", "PARTY");
            assertThat(party.getElementById("row-" + unit)).isNull();
            assertThat(party.select("#units option[selected]").text()).isEqualTo("Chỉ tổ chức đảng");
            mvc.perform(board("/api/v1/campaigns/{id}/compliance", m, "units", "PARTY"))
                    .andExpect(jsonPath("$.units").value("PARTY"))
                    .andExpect(jsonPath("$.subtree.total.total").value(17))
                    .andExpect(jsonPath("$.children[*].party").value(Matchers.everyItem(Matchers.is(true))));

            assertThat(summary(m, "units", "ALL"))
                    .anySatisfy(r -> assertThat(r.get(0)).startsWith("Ban Thường trực"));
            assertThat(summary(m, "units", "PARTY"))
                    .noneSatisfy(r -> assertThat(r.get(0)).startsWith("Ban Thường trực"));
        });
    }

    @Test
    void theExportCarriesTheBoardsFiguresForThePeriodShown() {
        rolledBack(() -> {
            var m = monthly();
            var whole = summary(m);
            assertThat(whole.get(1)).first().isEqualTo("Kỳ: Toàn bộ các kỳ");
            assertThat(whole.get(4).subList(5, 17))
                    .containsExactly(
                            "Đã xong",
                            "Tổng số",
                            "Quá hạn",
                            "Chờ sự kiện",
                            "Đánh dấu tay",
                            "Tỷ lệ",
                            "Đảng viên phải thực hiện",
                            "Bài thu hoạch: phải nộp",
                            "Bài thu hoạch: đúng hạn",
                            "Bài thu hoạch: muộn",
                            "Bài thu hoạch: chưa nộp",
                            "");
            assertThat(whole.get(4).get(2)).endsWith("(trước ngày 31/3/2025)");
            assertThat(whole.get(5).subList(0, 11))
                    .containsExactly("Toàn đảng bộ", "", "5/12", "0/4", "0/1", "5", "17", "4", "1", "3", "29.4");
            // the members owing a reflection by 31/3, none handed in yet: as the page's "owed / 0 / 0 / 0"
            assertThat(whole.get(5).subList(12, 17))
                    .containsExactly(String.valueOf(total(counting)), "0", "0", "0", "");
            var february = summary(m, "period", "2025-02-01");
            assertThat(february.get(1)).first().isEqualTo("Kỳ: Tháng 02/2025");
            assertThat(february.get(5).subList(0, 11))
                    .containsExactly("Toàn đảng bộ", "", "3/4", "", "", "3", "4", "1", "0", "1", "75");
        });
    }

    /** The rows of the export's second sheet, the board's figures, each cell as text. */
    List<List<String>> summary(Monthly m, String... params) throws Exception {
        var bytes = mvc.perform(board("/campaigns/{id}/compliance.xlsx", m, params))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var formatter = new DataFormatter();
            var rows = new ArrayList<List<String>>();
            for (var row : workbook.getSheetAt(1)) {
                var cells = new ArrayList<String>();
                for (int i = 0; i < 17; i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void badPeriodOrUnitsAnswer400NamingTheFieldAndAForeignNode404() {
        rolledBack(() -> {
            var m = monthly();
            for (var path : List.of(
                    "/api/v1/campaigns/{id}/compliance",
                    "/api/v1/campaigns/{id}/compliance/hand-ticked",
                    "/api/v1/campaigns/{id}/compliance.xlsx")) {
                for (var period : List.of("2025-02-15", "tháng-2")) {
                    mvc.perform(board(path, m, "period", period))
                            .andExpect(status().isBadRequest())
                            .andExpect(jsonPath("$.errors[0].field").value("period"));
                }
                mvc.perform(board(path, m, "units", "SOME"))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value("units"));
                mvc.perform(board(
                                path,
                                m,
                                "organizationId",
                                String.valueOf(fixtures.organization("Đảng ủy phường Quốc Tử Giám"))))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(board("/campaigns/{id}/compliance", m, "period", "2025-02-15"))
                    .andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(Matchers.containsString("không phải một kỳ của chuyên đề")));
            mvc.perform(board("/campaigns/{id}/compliance", m, "units", "SOME")).andExpect(status().isBadRequest());
        });
    }

    @Test
    void theTermThemesBoardAddsUpItsYearsAndAYearLinksToIt() {
        rolledBack(() -> {
            long plan = fixtures.document(dongDa, "QU", LocalDate.of(2024, 1, 5), List.of());
            var term = fixtures.launched(
                    dongDa,
                    vanMieu,
                    plan,
                    List.of(line(
                            ObligationKind.ACTION_PROGRAMME,
                            AppliesTo.GRASSROOTS_COMMITTEE,
                            LocalDate.of(2025, 2, 28))));
            var year2024 = fixtures.launched(
                    dongDa,
                    vanMieu,
                    plan,
                    List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2024, 12, 20))));
            var year2025 = fixtures.launched(
                    dongDa,
                    vanMieu,
                    plan,
                    List.of(line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 6, 30))));
            jdbc.sql("UPDATE campaign SET term_campaign_id = :t, starts_on = CASE WHEN id = :a THEN DATE '2024-01-01'"
                            + " ELSE DATE '2025-01-01' END WHERE id IN (:a, :b)")
                    .param("t", term.id())
                    .param("a", year2024.id())
                    .param("b", year2025.id())
                    .update();
            for (var cell : List.of(cells[1], cells[2])) {
                jdbc.sql("UPDATE obligation SET fulfilled_on = DATE '2024-12-10', note = 'Đã họp' WHERE campaign_id"
                                + " = :c AND organization_id = :o")
                        .param("c", year2024.id())
                        .param("o", cell)
                        .update();
            }
            jdbc.sql("UPDATE obligation SET fulfilled_on = DATE '2025-03-01', note = 'Đã họp' WHERE campaign_id = :c"
                            + " AND organization_id = :o")
                    .param("c", year2025.id())
                    .param("o", cells[1])
                    .update();

            mvc.perform(board("/api/v1/campaigns/{id}/compliance", term.id(), dongDa, "dongda.tuyengiao"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.years[*].id")
                            .value(Matchers.contains((int) year2024.id(), (int) year2025.id())))
                    .andExpect(
                            jsonPath("$.children[?(@.organizationId == %d)].years['%d'].done", vanMieu, year2024.id())
                                    .value(Matchers.contains(2)))
                    .andExpect(
                            jsonPath("$.children[?(@.organizationId == %d)].years['%d'].total", vanMieu, year2025.id())
                                    .value(Matchers.contains(4)))
                    .andExpect(jsonPath("$.subtree.total.total").value(9))
                    .andExpect(jsonPath("$.subtree.total.done").value(3))
                    .andExpect(jsonPath("$.subtree.years['%d'].done", year2025.id())
                            .value(1));
            var page =
                    Jsoup.parse(mvc.perform(board("/campaigns/{id}/compliance", term.id(), dongDa, "dongda.tuyengiao"))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(page.select("table.board")
                            .first()
                            .select("thead th.year")
                            .eachText())
                    .containsExactly(year2024.title(), year2025.title());
            assertThat(cells(page, "row-" + vanMieu).subList(0, 6))
                    .containsExactly("Đảng ủy phường Văn Miếu", "Quá hạn", "2/4", "1/4", "3", "3/9");
            assertThat(texts(page.getElementById("row-subtree").select("td")).subList(0, 5))
                    .containsExactly("0/1", "2/4", "1/4", "3", "3/9");

            var year = Jsoup.parse(
                    mvc.perform(board("/campaigns/{id}/compliance", year2024.id(), dongDa, "dongda.tuyengiao"))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(year.selectFirst("#term-theme a").attr("href"))
                    .startsWith("/campaigns/" + term.id() + "/compliance");
            assertThat(year.selectFirst("#term-theme a").text()).isEqualTo(term.title());
            mvc.perform(board("/api/v1/campaigns/{id}/compliance", year2024.id(), dongDa, "dongda.tuyengiao"))
                    .andExpect(jsonPath("$.term.id").value(term.id()))
                    .andExpect(jsonPath("$.years").isEmpty());
        });
    }
}
