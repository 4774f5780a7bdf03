package vn.neuguong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.account.Accounts.Grant;
import vn.neuguong.account.Accounts.NewAccount;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Role;

/**
 * The home page's supervision tasks as each person sees them, on a district of the test's own (a ward, two cells):
 * the ward's staff its open recommendations, the overseer of a cell its assessments to review, the cell's Bí thư
 * last month's assessment to record; none sees what lies outside his reach.
 */
@IntegrationTest
class SupervisionTasksIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String DEMO_RECOMMENDATION = "Tổ chức sinh hoạt chuyên đề về khắc phục bệnh hình thức";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    Organizations organizations;

    @Autowired
    Accounts accounts;

    @Autowired
    Overseers overseers;

    @Autowired
    Assessments assessments;

    @Autowired
    Visits visits;

    @Autowired
    Clock clock;

    String suffix;
    LocalDate today;
    long district;
    long ward;
    long cellA;
    long cellB;
    long secretary;
    long overseer;

    @BeforeEach
    void setUp() {
        suffix = "GS" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        today = LocalDate.now(clock);
        district = organization(demo.organization("Thành ủy Hà Nội"), OrganizationKind.COMMITTEE, "Quận ủy Giám Sát");
        ward = organization(district, OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng ủy phường Giám Sát");
        cellA = organization(ward, OrganizationKind.CELL, "Chi bộ Một");
        cellB = organization(ward, OrganizationKind.CELL, "Chi bộ Hai");
        secretary = member("Bí thư Chi bộ Một", cellA);
        position(secretary, cellA, "SECRETARY");
        overseer = member("Cấp ủy viên Phụ Trách", cellB);
        position(overseer, ward, "COMMITTEE_MEMBER");
        account("ward", null, List.of(new Grant(Role.STAFF, ward)));
        account("secretary", secretary, List.of(new Grant(Role.SECRETARY, cellA), new Grant(Role.MEMBER, null)));
        account("overseer", overseer, List.of(new Grant(Role.MEMBER, null)));
        overseers.assign(
                ward, new Overseer.Assignment(cellA, overseer, LocalDate.of(2024, 1, 1), null), Scope.everything());
    }

    @Test
    void theWardsStaffSeeTheOpenRecommendationsOfTheWardOverdueFirst() throws Exception {
        var visit = visits.record(
                new Visit.Input(
                        district,
                        false,
                        ward,
                        VisitKind.KIEM_TRA,
                        LocalDate.of(2024, 2, 1),
                        "Kiểm tra sinh hoạt " + suffix,
                        "Chưa đều",
                        List.of(),
                        List.of(
                                new Visit.RecommendationInput("Báo cáo kết quả " + suffix, ward, today.plusDays(20)),
                                new Visit.RecommendationInput("Sửa quy chế " + suffix, ward, LocalDate.of(2024, 3, 1)),
                                new Visit.RecommendationInput(
                                        "Việc của chi bộ " + suffix, cellB, LocalDate.of(2024, 4, 1)))),
                Scope.everything());
        long later = visit.recommendations().get(0).id();
        long overdue = visit.recommendations().get(1).id();

        var group = group(home("ward"), "supervision-recommendations");
        assertThat(group.select("h2").text()).isEqualTo("Kiến nghị sau kiểm tra, giám sát cần thực hiện");
        var tasks = group.select("li.task");
        assertThat(tasks.eachText())
                .filteredOn(text -> text.contains(suffix))
                .hasSize(2)
                .first()
                .asString()
                .contains("Sửa quy chế " + suffix, "Đảng ủy phường Giám Sát", "01/03/2024");
        var first = tasks.stream()
                .filter(li -> li.text().contains("Sửa quy chế " + suffix))
                .findFirst()
                .orElseThrow();
        assertThat(first.hasClass("task-overdue")).isTrue();
        assertThat(first.selectFirst("a.task-title").attr("href"))
                .isEqualTo("/supervision/visits/" + visit.id() + "#recommendation-" + overdue);
        var second = tasks.stream()
                .filter(li -> li.text().contains("Báo cáo kết quả " + suffix))
                .findFirst()
                .orElseThrow();
        assertThat(second.hasClass("task-overdue")).isFalse();
        assertThat(second.selectFirst("a.task-title").attr("href")).endsWith("#recommendation-" + later);
        assertThat(group.text()).doesNotContain("Việc của chi bộ " + suffix, DEMO_RECOMMENDATION);

        mvc.perform(get(first.selectFirst("a.task-title").attr("href")).with(demo.signedIn(username("ward"))))
                .andExpect(status().isOk());
    }

    @Test
    void theOverseerSeesTheAssessmentsOfHisCellsWaitingForReview() throws Exception {
        var mine = assessments.record(input(cellA, YearMonth.of(2024, 3)), Scope.everything());
        assessments.record(input(cellB, YearMonth.of(2024, 3)), Scope.everything());

        var page = home("overseer");
        var group = group(page, "supervision-reviews");
        assertThat(group.select("li.task").eachText())
                .containsExactly("Chi bộ Một " + suffix + " · tháng 03/2024 Chi bộ tự xếp loại: Khá");
        assertThat(group.selectFirst("a.task-title").attr("href"))
                .isEqualTo("/supervision/quality/assessments/" + mine.id());
        assertThat(page.text()).doesNotContain("Chi bộ Hai " + suffix);

        var review = Jsoup.parse(mvc.perform(
                        get("/supervision/quality/assessments/" + mine.id()).with(demo.signedIn(username("overseer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(review.select("form[action$=/review]")).hasSize(1);

        assessments.review(
                mine.id(),
                mine.version(),
                new Assessment.Review(true, null, null),
                new vn.neuguong.shared.Actor(
                        0, "overseer", "x", java.util.Set.of(Role.MEMBER), List.of(), List.of(), overseer));
        assertThat(home("overseer").getElementById("tasks-supervision-reviews")).isNull();
    }

    @Test
    void theCellsSecretaryIsAskedForLastMonthsAssessmentUntilItIsRecorded() throws Exception {
        var month = YearMonth.from(today).minusMonths(1);
        var group = group(home("secretary"), "supervision-assess");
        assertThat(group.select("h2").text()).isEqualTo("Tự đánh giá chất lượng sinh hoạt chi bộ");
        assertThat(group.select("li.task").eachText())
                .containsExactly("Tự đánh giá chất lượng sinh hoạt tháng %02d/%d Chi bộ Một %s"
                        .formatted(month.getMonthValue(), month.getYear(), suffix));
        String href = group.selectFirst("a.task-title").attr("href");
        assertThat(href).isEqualTo("/supervision/quality/cells/" + cellA + "?month=" + month);
        mvc.perform(get(href).with(demo.signedIn(username("secretary")))).andExpect(status().isOk());

        assertThat(home("overseer").getElementById("tasks-supervision-assess"))
                .as("a member of the ward who is no cell's Bí thư")
                .isNull();
        assertThat(home("ward").getElementById("tasks-supervision-assess")).isNull();

        assessments.record(input(cellA, month), Scope.everything());
        assertThat(home("secretary").getElementById("tasks-supervision-assess")).isNull();
    }

    @Test
    void theDemoCellsSecretaryAndOverseerFindTheirTasks() throws Exception {
        var secretaryHome = Jsoup.parse(mvc.perform(get("/dashboard").with(demo.signedIn("bithu.vanmieu1")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(group(secretaryHome, "supervision-recommendations").text()).contains(DEMO_RECOMMENDATION);
        assertThat(group(secretaryHome, "supervision-assess").text()).contains("Chi bộ Tổ dân phố số 1");
        var overseerHome = Jsoup.parse(mvc.perform(get("/dashboard").with(demo.signedIn("dangvien.vanmieu1")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(group(overseerHome, "supervision-reviews").text()).contains("tháng 11/2024");
    }

    private Assessment.Input input(long cell, YearMonth month) {
        return new Assessment.Input(
                cell,
                month.toString(),
                month.atDay(1),
                4,
                null,
                4,
                null,
                4,
                null,
                4,
                null,
                4,
                null,
                Rating.KHA,
                "Bí thư");
    }

    private Document home(String role) throws Exception {
        return Jsoup.parse(mvc.perform(get("/dashboard").with(demo.signedIn(username(role))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static Element group(Document page, String id) {
        var group = page.getElementById("tasks-" + id);
        assertThat(group).as("the task group " + id).isNotNull();
        return group;
    }

    private long organization(long parent, OrganizationKind kind, String name) {
        return organizations
                .create(
                        new NewOrganization(
                                parent, kind, "Cấp thử", name + " " + suffix, "T", null, LocalDate.of(2015, 1, 1)),
                        Scope.everything())
                .id();
    }

    private long member(String name, long cell) {
        return jdbc.sql("""
                        INSERT INTO member (full_name, party_card_no, cell_id, admitted_on)
                        VALUES (:name, :card, :cell, DATE '2016-01-01') RETURNING id
                        """)
                .param("name", name)
                .param("card", "GS-" + cell + "-" + suffix)
                .param("cell", cell)
                .query(Long.class)
                .single();
    }

    private void position(long member, long organization, String title) {
        jdbc.sql("INSERT INTO member_position (member_id, organization_id, title, started_on)"
                        + " VALUES (:m, :o, :title, DATE '2020-10-01')")
                .param("m", member)
                .param("o", organization)
                .param("title", title)
                .update();
    }

    private void account(String role, Long memberId, List<Grant> grants) {
        accounts.create(new NewAccount(username(role), "Tài khoản " + role, null, memberId, grants), "x");
    }

    private String username(String role) {
        return "gs." + role + "." + suffix.toLowerCase();
    }
}
