package vn.neuguong.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;
import vn.neuguong.web.TimeConfiguration;

/**
 * The monthly plans of the four cells of phường Văn Miếu (Đống Đa), as of the day the demo runs: Hà Nội's rule (the
 * 20th of the month before) set on the Thành ủy; this month's plans all in, the last cell's late; next month's from
 * cells 1 to 3 (the second late once the due day has passed) and none from cell 4. Cell 1's next meeting is thematic,
 * its members assigned to prepare content: one handed in, one missing past its due day, the demo member's still
 * to come. Left alone when the cells have plans already.
 */
@Component
@Profile("seed")
@Order(91)
class PlanDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
    static final String WARD = "Đảng ủy phường Văn Miếu";
    static final Actor SYSTEM = new Actor(0, "system", "system", Set.of(Role.ADMIN), List.of(), List.of(), null);

    private static final List<String> TOPICS = List.of(
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương",
            "Đánh giá kết quả thực hiện nhiệm vụ tháng, phương hướng tháng tới của tổ dân phố",
            "Nêu gương của cán bộ, đảng viên trong giữ gìn trật tự, vệ sinh đô thị",
            "Triển khai Chuyên đề năm 2023 gắn với nhiệm vụ chính trị của chi bộ");

    private final JdbcClient jdbc;
    private final CellPlans plans;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PlanDemoData(JdbcClient jdbc, CellPlans plans, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var cells = jdbc.sql("SELECT c.id FROM " + TreeSql.open("c") + " WHERE c.kind = 'CELL' AND c.parent_id = "
                        + TreeSql.openNamed(":ward", "NULL") + " ORDER BY c.name")
                .param("ward", WARD)
                .query(Long.class)
                .list();
        if (cells.size() < 4
                || jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting_plan WHERE cell_id IN (:cells))")
                        .param("cells", cells)
                        .query(Boolean.class)
                        .single()) {
            log.info("Meeting plan demo data skipped: no cells of {} or plans there already", WARD);
            return;
        }
        transaction.executeWithoutResult(status -> load(cells));
    }

    private void load(List<Long> cells) {
        jdbc.sql("INSERT INTO meeting_plan_rule (organization_id, due_day, set_by, version) SELECT "
                        + TreeSql.openNamed("'Thành ủy Hà Nội'", "NULL") + ", 20, 'system', 1 ON CONFLICT DO NOTHING")
                .update();
        var today = LocalDate.now(clock);
        var current = YearMonth.from(today);
        var next = current.plusMonths(1);
        var currentDue = CellPlan.dueOn(current, PlanRule.DEFAULT_DAY);
        for (int i = 0; i < 4; i++) {
            var postedOn = i == 3 ? currentDue.plusDays(2) : currentDue.minusDays(3 - i);
            post(cells.get(i), current, 10 + i, Meeting.Kind.CELL_REGULAR, TOPICS.get((i + 1) % 4), postedOn);
        }
        var nextDue = CellPlan.dueOn(next, PlanRule.DEFAULT_DAY);
        boolean pastDue = today.isAfter(nextDue);
        var onTime = pastDue ? nextDue.minusDays(2) : today;
        var thematic = post(cells.get(0), next, 15, Meeting.Kind.CELL_THEMATIC, TOPICS.get(0), onTime);
        post(cells.get(1), next, 12, Meeting.Kind.CELL_REGULAR, TOPICS.get(1), pastDue ? nextDue.plusDays(1) : today);
        post(cells.get(2), next, 14, Meeting.Kind.CELL_REGULAR, TOPICS.get(2), onTime);
        prepare(thematic, cells.get(0), today);
        log.info("Meeting plan demo data: plans of {} for {} and {}", WARD, current, next);
    }

    private CellPlan post(long cell, YearMonth month, int day, Meeting.Kind kind, String topic, LocalDate postedOn) {
        Long presenter = jdbc.sql(MemberSql.idsInCell(":cell") + " LIMIT 1")
                .param("cell", cell)
                .query(Long.class)
                .optional()
                .orElse(null);
        var form = new CellPlanForm(
                cell,
                month,
                month.atDay(day),
                LocalTime.of(19, 30),
                kind,
                topic,
                presenter,
                presenter == null ? "Bí thư Chi bộ" : null,
                null);
        var at = OffsetDateTime.of(
                postedOn, LocalTime.of(9, 0), TimeConfiguration.ZONE.getRules().getOffset(postedOn.atTime(9, 0)));
        return plans.post(form, SYSTEM, at);
    }

    /** Three members of the cell assigned: the second handed in, the third missing, the demo member's to come. */
    private void prepare(CellPlan meeting, long cell, LocalDate today) {
        var members = jdbc.sql(MemberSql.idsInCell(":cell") + " LIMIT 3")
                .param("cell", cell)
                .query(Long.class)
                .list();
        if (members.size() < 3) {
            return;
        }
        var meetingDay =
                meeting.startsAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDate();
        insert(
                meeting.meetingId(),
                members.get(1),
                "Tham luận: nêu gương của đảng viên ở khu dân cư",
                meetingDay.minusDays(3),
                null,
                null);
        insert(
                meeting.meetingId(),
                members.get(0),
                "Báo cáo đề dẫn chuyên đề của chi bộ",
                today.minusDays(1),
                "Dự thảo báo cáo đề dẫn: kết quả học tập và làm theo Bác của chi bộ trong quý, những việc làm nêu"
                        + " gương của đảng viên ở tổ dân phố.",
                OffsetDateTime.now(clock).minusDays(3));
        insert(
                meeting.meetingId(),
                members.get(2),
                "Tổng hợp ý kiến của nhân dân tổ dân phố",
                today.minusDays(2),
                null,
                null);
    }

    private void insert(
            long meetingId, long member, String title, LocalDate dueOn, String text, OffsetDateTime submittedAt) {
        jdbc.sql("INSERT INTO meeting_preparation (meeting_id, member_id, title, due_on, content_text, submitted_at,"
                        + " late, assigned_by) VALUES (:meeting, :member, :title, :due, :text, :at,"
                        + " CASE WHEN CAST(:at AS timestamptz) IS NULL THEN NULL ELSE false END, 'system')")
                .param("meeting", meetingId)
                .param("member", member)
                .param("title", title)
                .param("due", dueOn)
                .param("text", text)
                .param("at", submittedAt)
                .update();
    }
}
