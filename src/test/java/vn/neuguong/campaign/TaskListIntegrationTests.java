package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.account.Accounts.Grant;
import vn.neuguong.account.Accounts.NewAccount;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.notification.NotificationKind;
import vn.neuguong.notification.Notifications;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Role;

/**
 * The home page as each person sees it, on a district of its own (one ward, two cells, one member) so that what
 * other tests leave behind does not crowd its lists. Deadlines are set relative to the application's clock.
 */
@IntegrationTest
class TaskListIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

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
    Organizations organizations;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    String suffix;
    LocalDate today;
    long district;
    long ward;
    long cell1;
    long cell2;
    long member;
    Campaign campaign;

    @BeforeEach
    void setUp() {
        suffix = "TL" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        today = LocalDate.now(clock);
        long hanoi =
                organizations.findByName(null, "Thành ủy Hà Nội").orElseThrow().id();
        district = organization(hanoi, OrganizationKind.COMMITTEE, "Quận ủy Thử");
        ward = organization(district, OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng ủy phường Thử");
        cell1 = organization(ward, OrganizationKind.CELL, "Chi bộ Một");
        cell2 = organization(ward, OrganizationKind.CELL, "Chi bộ Hai");
        secretary(cell2);
        member = jdbc.sql("""
                        INSERT INTO member (full_name, party_card_no, cell_id, admitted_on)
                        VALUES ('Nguyễn Thử Nghiệm', :card, :cell, DATE '2016-01-01') RETURNING id
                        """)
                .param("card", "TL-" + suffix)
                .param("cell", cell1)
                .query(Long.class)
                .single();
        position(member, cell1);
        account("ward", null, new Grant(Role.STAFF, ward));
        account("district", null, new Grant(Role.STAFF, district));
        account("member", member, new Grant(Role.MEMBER, null));

        var fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        var requirements = List.of(
                new RequirementForm(
                        ObligationKind.HOLD_CONFERENCE,
                        AppliesTo.GRASSROOTS_COMMITTEE,
                        today.minusDays(5),
                        "quá hạn " + suffix,
                        null),
                new RequirementForm(
                        ObligationKind.PERIODIC_REPORT,
                        AppliesTo.GRASSROOTS_COMMITTEE,
                        today.plusDays(3),
                        "sắp đến hạn " + suffix,
                        null),
                new RequirementForm(
                        ObligationKind.PERIODIC_REPORT,
                        AppliesTo.GRASSROOTS_COMMITTEE,
                        today.plusDays(40),
                        "còn xa " + suffix,
                        null),
                new RequirementForm(
                        ObligationKind.CELL_MEETINGS, AppliesTo.CELL, today.minusDays(2), "họp " + suffix, null),
                new RequirementForm(ObligationKind.MEMBER_SUBMISSIONS, AppliesTo.CELL, today.plusDays(10), null, null));
        campaign = fixtures.launched(
                district,
                district,
                fixtures.document(district, "QU", LocalDate.of(2024, 12, 1), List.of()),
                requirements);
        fulfilments.markDone(
                fixtures.obligation(campaign.id(), cell2, ObligationKind.CELL_MEETINGS),
                fixtures.version(fixtures.obligation(campaign.id(), cell2, ObligationKind.CELL_MEETINGS)),
                today.minusDays(3),
                "Đã họp",
                null,
                Scope.everything(),
                today);
    }

    /** Every cell of the tree has a secretary among its members; a test's cells too. */
    private void secretary(long cell) {
        long id = jdbc.sql("""
                        INSERT INTO member (full_name, party_card_no, cell_id, admitted_on)
                        VALUES ('Bí thư Thử Nghiệm', :card, :cell, DATE '2016-01-01') RETURNING id
                        """)
                .param("card", "TL-S-" + cell + "-" + suffix)
                .param("cell", cell)
                .query(Long.class)
                .single();
        position(id, cell);
    }

    private void position(long memberId, long cell) {
        jdbc.sql("INSERT INTO member_position (member_id, organization_id, title, started_on) "
                        + "VALUES (:m, :o, 'SECRETARY', DATE '2020-10-01')")
                .param("m", memberId)
                .param("o", cell)
                .update();
    }

    private long organization(long parent, OrganizationKind kind, String name) {
        return organizations
                .create(
                        new NewOrganization(
                                parent, kind, "Cấp thử", name + " " + suffix, "T", null, LocalDate.of(2015, 1, 1)),
                        Scope.everything())
                .id();
    }

    private void account(String role, Long memberId, Grant grant) {
        accounts.create(new NewAccount(username(role), "Tài khoản " + role, null, memberId, List.of(grant)), "x");
    }

    private String username(String role) {
        return "tl." + role + "." + suffix.toLowerCase();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    Document home(String username, String... lang) throws Exception {
        var request = get("/dashboard").with(as(username));
        if (lang.length > 0) {
            request = request.param("lang", lang[0]);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static List<String> lines(Document page, String group) {
        return page.select("#tasks-" + group + " li.task").stream()
                .map(Element::text)
                .toList();
    }

    @Test
    void wardStaffSeesOwnOverdueAndDueSoonObligationsWithTheDaysCountedFromToday() throws Exception {
        var page = home(username("ward"));
        var owed = lines(page, "obligations");
        assertThat(owed).hasSize(2);
        assertThat(owed.get(0))
                .contains("Tổ chức hội nghị học tập, quán triệt", "quá hạn " + suffix, "quá hạn 5 ngày")
                .contains("Đảng ủy phường Thử " + suffix);
        assertThat(owed.get(1)).contains("sắp đến hạn " + suffix, "còn 3 ngày");
        assertThat(page.select("#tasks-obligations li.task-overdue")).hasSize(1);
        assertThat(String.join(" ", owed)).doesNotContain("còn xa " + suffix);

        var english = lines(home(username("ward"), "en"), "obligations");
        assertThat(english.get(0)).contains("5 days overdue");
        assertThat(english.get(1)).contains("3 days left");
    }

    @Test
    void staffSeeTheChildrenOfTheirNodeThatAreBehind() throws Exception {
        var wardBehind = lines(home(username("ward")), "behind");
        assertThat(wardBehind).hasSize(1);
        assertThat(wardBehind.get(0))
                .contains("Chi bộ Một " + suffix, "1 nhiệm vụ quá hạn", campaign.title(), "quá hạn 2 ngày");

        var districtPage = home(username("district"));
        assertThat(lines(districtPage, "obligations")).isEmpty();
        var districtBehind = lines(districtPage, "behind");
        assertThat(districtBehind).hasSize(1);
        assertThat(districtBehind.get(0))
                .contains("Đảng ủy phường Thử " + suffix, "2 nhiệm vụ quá hạn", "quá hạn 5 ngày");
        assertThat(districtPage.select("#tasks-behind a").attr("href"))
                .isEqualTo("/campaigns/" + campaign.id() + "/compliance?organizationId=" + district
                        + "&overdueOnly=true#row-" + ward);
    }

    @Test
    void memberSeesWhatToStudyAndSubmitAndHisUnreadNotices() throws Exception {
        long toRead = sentTo(ward, "Kế hoạch cần đọc " + suffix);
        long opened = sentTo(cell1, "Hướng dẫn đã mở " + suffix);
        long studied = sentTo(cell1, "Công văn đã học " + suffix);
        long elsewhere = sentTo(cell2, "Văn bản của chi bộ khác " + suffix);
        read(opened, false);
        read(studied, true);
        long accountId = jdbc.sql("SELECT id FROM account WHERE username = :u")
                .param("u", username("member"))
                .query(Long.class)
                .single();
        notifications.notifyAccounts(
                List.of(accountId),
                NotificationKind.DOCUMENT_RECEIVED,
                "Thông báo thử " + suffix,
                null,
                "/documents/" + toRead,
                "tl:" + suffix);

        var page = home(username("member"));
        var study = lines(page, "study");
        assertThat(study).anySatisfy(line -> assertThat(line).contains("Kế hoạch cần đọc " + suffix, "chưa đọc"));
        assertThat(study)
                .anySatisfy(line -> assertThat(line).contains("Hướng dẫn đã mở " + suffix, "đã đọc, chưa học tập"));
        assertThat(String.join(" ", study))
                .doesNotContain("Công văn đã học " + suffix)
                .doesNotContain("Văn bản của chi bộ khác " + suffix);
        assertThat(page.select("#tasks-study a").eachAttr("href")).contains("/documents/" + toRead);

        assertThat(lines(page, "submit"))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("Viết bài thu hoạch", campaign.title(), "còn 10 ngày"));
        assertThat(lines(page, "notifications"))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("Thông báo thử " + suffix));
        assertThat(lines(page, "obligations")).isEmpty();
        assertThat(lines(page, "behind")).isEmpty();
        assertThat(elsewhere).isPositive();
    }

    @Test
    void nothingAMemberCannotDoIsOfferedToHim() throws Exception {
        var memberHome = home(username("member"));
        assertThat(memberHome.select("main a").eachAttr("href"))
                .contains("/documents")
                .doesNotContain("/campaigns", "/organizations", "/members");
        var list = Jsoup.parse(mvc.perform(get("/campaigns").with(as(username("member"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.select("a[href=/campaigns/new]")).isEmpty();
        assertThat(list.text()).doesNotContain("Tạo chuyên đề");
        mvc.perform(get("/campaigns/new").with(as(username("member")))).andExpect(status().isForbidden());

        var staffHome = home(username("district"));
        assertThat(staffHome.select("main a").eachAttr("href")).contains("/campaigns", "/organizations", "/members");
        var staffList = Jsoup.parse(mvc.perform(get("/campaigns").with(as(username("district"))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(staffList.select("a[href=/campaigns/new]").text()).isEqualTo("Tạo chuyên đề");
    }

    @Test
    void obligationsPageOpensOnWhatIsOpenSoonestFirstWithOneMarkDoneFormPerRow() throws Exception {
        long conference = obligationOf(ward, ObligationKind.HOLD_CONFERENCE);
        fulfilments.markDone(
                obligationOf(ward, ObligationKind.PERIODIC_REPORT),
                new CampaignFixtures(jdbc, campaigns, drafts, transaction, events)
                        .version(obligationOf(ward, ObligationKind.PERIODIC_REPORT)),
                today,
                "Đã gửi",
                null,
                Scope.everything(),
                today);
        var page = Jsoup.parse(mvc.perform(get("/campaigns/obligations")
                        .param("organizationId", String.valueOf(ward))
                        .with(as(username("ward"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var rows = page.select("table tbody tr");
        assertThat(rows.eachText()).hasSize(2);
        assertThat(rows.get(0).id()).isEqualTo("obligation-" + conference);
        assertThat(rows.get(0).text()).contains("quá hạn " + suffix, "quá hạn 5 ngày");
        assertThat(rows.get(1).text()).contains("còn xa " + suffix, "còn 40 ngày");
        assertThat(page.select("#obligation-" + conference + " details.mark-done"))
                .hasSize(1);
        assertThat(page.select("#obligation-" + conference + " details.mark-done")
                        .attr("open"))
                .isEmpty();
        assertThat(page.select("#obligation-" + conference + " details.mark-done > summary")
                        .text())
                .isEqualTo("Đánh dấu hoàn thành");

        var all = Jsoup.parse(mvc.perform(get("/campaigns/obligations")
                        .param("organizationId", String.valueOf(ward))
                        .param("show", "ALL")
                        .with(as(username("ward"))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(all.select("table tbody tr")).hasSize(3);
        assertThat(all.select("table tbody tr").get(1).text()).contains("sắp đến hạn " + suffix, "Đã gửi");
    }

    @Test
    void aRefusedMarkDoneComesBackToItsRowWithTheFiltersAndNamesTheField() throws Exception {
        long conference = obligationOf(ward, ObligationKind.HOLD_CONFERENCE);
        var result = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/campaigns/obligations/{id}/done", conference)
                                .param("version", "0")
                                .param("organizationId", String.valueOf(ward))
                                .param("status", "OVERDUE")
                                .param("fulfilledOn", today.toString())
                                .param("note", "  ")
                                .with(as(username("ward")))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        // the flash attributes travel in the session, as they do for a browser following the redirect
        String back = result.getResponse().getRedirectedUrl();
        assertThat(result.getResponse().getCookie("SESSION")).isNotNull();
        assertThat(back)
                .isEqualTo(
                        "/campaigns/obligations?organizationId=" + ward + "&status=OVERDUE#obligation-" + conference);
        assertThat(obligations
                        .find(conference, Scope.everything())
                        .orElseThrow()
                        .isDone())
                .isFalse();

        var page = Jsoup.parse(mvc.perform(get(back.substring(0, back.indexOf('#')))
                        .cookie(result.getResponse().getCookie("SESSION"))
                        .with(as(username("ward"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#status option[selected]").val()).isEqualTo("OVERDUE");
        var row = page.getElementById("obligation-" + conference);
        assertThat(row).isNotNull();
        assertThat(row.select("details.mark-done").hasAttr("open")).isTrue();

        assertThat(row.select(".field-error").text()).isEqualTo("Ghi chú: là bắt buộc");
        assertThat(row.select("input[name=note]").attr("aria-invalid")).isEqualTo("true");
        assertThat(row.select("form").attr("action")).contains("organizationId=" + ward, "status=OVERDUE");

        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/campaigns/obligations/{id}/done", conference)
                                .param("version", "0")
                                .param("organizationId", String.valueOf(ward))
                                .param("note", "Đã tổ chức hội nghị")
                                .with(as(username("ward")))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/campaigns/obligations?organizationId=" + ward + "#obligation-" + conference));
        assertThat(obligations
                        .find(conference, Scope.everything())
                        .orElseThrow()
                        .isDone())
                .isTrue();
    }

    private long obligationOf(long organizationId, ObligationKind kind) {
        return new CampaignFixtures(jdbc, campaigns, drafts, transaction, events)
                .obligation(campaign.id(), organizationId, kind);
    }

    @Test
    void demoAccountsFindTheSeededOverdueWorkOnTheirTaskLists() throws Exception {
        // Other tests add older campaigns on the same ward, so the rows are checked against the ward's open lines
        // in deadline order, among which the seeded 2023 theme's third-quarter report is.
        var quocTuGiamPage = home("quoctugiam.vanphong");
        var quocTuGiam = lines(quocTuGiamPage, "obligations");
        var open = jdbc.sql("""
                        SELECT c.title, ob.due_on FROM obligation ob
                        JOIN organization o ON o.id = ob.organization_id JOIN campaign c ON c.id = ob.campaign_id
                        WHERE o.name = 'Đảng ủy phường Quốc Tử Giám' AND ob.fulfilled_on IS NULL
                          AND c.status = 'LAUNCHED' AND ob.due_on <= :soon
                          AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)
                        ORDER BY ob.due_on, ob.id
                        """)
                .param("soon", today.plusDays(TaskList.SOON_DAYS))
                .query((rs, n) -> rs.getString(1) + "|" + rs.getDate(2).toLocalDate())
                .list();
        long quarter3 = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2023, 9, 25), today);
        assertThat(open).contains(CampaignDemoData.THEME_2023_TITLE + "|2023-09-25");
        assertThat(quocTuGiam).hasSize(Math.min(open.size(), TaskList.LIMIT));
        for (int i = 0; i < quocTuGiam.size(); i++) {
            var expected = open.get(i).split("\\|");
            long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(expected[1]), today);
            assertThat(quocTuGiam.get(i)).contains(expected[0], "quá hạn " + days + " ngày");
        }
        if (open.indexOf(CampaignDemoData.THEME_2023_TITLE + "|2023-09-25") < TaskList.LIMIT) {
            assertThat(quocTuGiam)
                    .anySatisfy(line ->
                            assertThat(line).contains("Báo cáo định kỳ – Quý 3/2023", "quá hạn " + quarter3 + " ngày"));
        } else {
            assertThat(quocTuGiamPage
                            .select("#tasks-obligations a[href=/campaigns/obligations]")
                            .text())
                    .isEqualTo("Xem tất cả (" + open.size() + ")");
        }

        var vanMieu = lines(home("vanmieu.vanphong"), "behind");
        assertThat(vanMieu)
                .anySatisfy(line -> assertThat(line).contains("Chi bộ Tổ dân phố số 2"))
                .anySatisfy(line -> assertThat(line).contains("Chi bộ Tổ dân phố số 3"));

        var dongDa = home("dongda.tuyengiao");
        var wards = lines(dongDa, "behind");
        assertThat(wards).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("Đảng ủy phường"));
        assertThat(dongDa.select("#tasks-behind li.task-overdue")).hasSameSizeAs(wards);

        var member = home("dangvien.vanmieu1");
        assertThat(lines(member, "study")).anySatisfy(line -> assertThat(line).contains("347-KH/QU"));
        assertThat(lines(member, "submit"))
                .anySatisfy(line -> assertThat(line).contains("Viết bài thu hoạch", CampaignDemoData.NEW_ERA_TITLE));
    }

    private long sentTo(long organizationId, String summary) {
        int sequence = SEQUENCE.incrementAndGet() + 7000;
        long id = jdbc.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text, issued_on, summary)
                        VALUES ('HD', :seq, 2025, :issuer, 'QU', :number, DATE '2025-01-10', :summary) RETURNING id
                        """)
                .param("seq", sequence)
                .param("issuer", district)
                .param("number", sequence + "-HD/QU-" + suffix)
                .param("summary", summary)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO document_recipient (document_id, organization_id) VALUES (:d, :o)")
                .param("d", id)
                .param("o", organizationId)
                .update();
        return id;
    }

    private void read(long documentId, boolean studied) {
        jdbc.sql("INSERT INTO document_read (document_id, member_id, studied_at) VALUES (:d, :m, "
                        + "CASE WHEN :studied THEN now() END)")
                .param("d", documentId)
                .param("m", member)
                .param("studied", studied)
                .update();
    }
}
