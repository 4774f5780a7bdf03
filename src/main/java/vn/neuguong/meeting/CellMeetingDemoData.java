package vn.neuguong.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.campaign.ObligationKind;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.meeting.CellMeetingDemoTexts.Round;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PageRequest;

/**
 * The thematic meetings of the four cells of phường Văn Miếu in the round of article 004 ("Các chi bộ sẽ tổ chức sinh
 * hoạt chuyên đề vào ngày 16-12-2024 và tiếp tục vào tháng 01 và 02-2025"), each serving its line of the Đống Đa
 * campaign, in every state: planned (not recorded since), held without minutes, held with draft minutes, minutes
 * approved by the cell's secretary (with conclusions and follow-up tasks, which fulfils the cell's obligation as of
 * the meeting day), and cancelled with a reason. The held ones have the attendance of the cell's members: present,
 * some late, some absent with a reason. Made through the plans, attendance and minutes services, as a secretary
 * would; a meeting already there (same cell and title) is left alone.
 */
@Component
@Profile("seed")
@Order(92)
class CellMeetingDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(CellMeetingDemoData.class);
    static final String CAMPAIGN = "Đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc";

    /** What became of a meeting: the state the demo leaves it in. */
    enum Outcome {
        PLANNED,
        HELD,
        DRAFT,
        APPROVED,
        CANCELLED
    }

    /** The outcome by cell (rows, cells 1 to 4 by name) and round (columns: 16-12-2024, January, February). */
    static final List<List<Outcome>> OUTCOMES = List.of(
            List.of(Outcome.APPROVED, Outcome.APPROVED, Outcome.DRAFT),
            List.of(Outcome.APPROVED, Outcome.HELD, Outcome.CANCELLED),
            List.of(Outcome.APPROVED, Outcome.CANCELLED, Outcome.APPROVED),
            List.of(Outcome.DRAFT, Outcome.PLANNED, Outcome.HELD));

    private final JdbcClient jdbc;
    private final MeetingPlans plans;
    private final Attendance attendance;
    private final MinutesBook minutes;
    private final Campaigns campaigns;
    private final TransactionTemplate transaction;

    CellMeetingDemoData(
            JdbcClient jdbc,
            MeetingPlans plans,
            Attendance attendance,
            MinutesBook minutes,
            Campaigns campaigns,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.attendance = attendance;
        this.minutes = minutes;
        this.campaigns = campaigns;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var cells = jdbc.sql("SELECT c.id FROM " + TreeSql.open("c") + " WHERE c.kind = 'CELL' AND c.parent_id = "
                        + TreeSql.openNamed(":ward", "NULL") + " ORDER BY c.name")
                .param("ward", PlanDemoData.WARD)
                .query(Long.class)
                .list();
        var dongDa = jdbc.sql("SELECT " + TreeSql.openNamed("'Quận ủy Đống Đa'", "CAST(NULL AS bigint)"))
                .query(Long.class)
                .optional()
                .filter(id -> id != null);
        if (cells.size() < OUTCOMES.size() || dongDa.isEmpty()) {
            log.info("Cell meeting demo data skipped: the cells of {} are missing", PlanDemoData.WARD);
            return;
        }
        var campaign = campaign(dongDa.get());
        var lines = campaign.map(c -> campaigns.requirements(c).stream()
                        .filter(r -> r.kind() == ObligationKind.CELL_MEETINGS)
                        .map(r -> r.id())
                        .toList())
                .orElse(List.of());
        var material = jdbc.sql("SELECT " + DocumentSql.idNumbered("'347-KH/QU'"))
                .query(Long.class)
                .optional()
                .filter(id -> id != null);
        int made = 0;
        for (int c = 0; c < OUTCOMES.size(); c++) {
            for (int r = 0; r < CellMeetingDemoTexts.ROUNDS.size(); r++) {
                var round = CellMeetingDemoTexts.ROUNDS.get(r);
                Long line = lines.size() > r ? lines.get(r) : null;
                long cell = cells.get(c);
                int number = c + 1;
                var outcome = OUTCOMES.get(c).get(r);
                if (!exists(cell, round.title())) {
                    transaction.executeWithoutResult(
                            status -> make(cell, number, round, campaign.orElse(null), line, material, outcome));
                    made++;
                }
            }
        }
        log.info("Cell meeting demo data: {} thematic meetings of the cells of {}", made, PlanDemoData.WARD);
    }

    private void make(
            long cell, int number, Round round, Long campaign, Long line, Optional<Long> material, Outcome outcome) {
        var day = round.days().get(number - 1);
        Long secretary = secretary(cell, day);
        var startsAt = LocalDateTime.of(day, LocalTime.of(19, 30));
        var form = new MeetingForm(
                round.title(),
                Meeting.Kind.CELL_THEMATIC,
                Meeting.Format.IN_PERSON,
                cell,
                null,
                List.of(),
                "Nhà văn hóa Tổ dân phố số " + number + ", phường Văn Miếu",
                startsAt,
                startsAt.plusHours(2),
                campaign,
                campaign == null ? null : line,
                null,
                material.map(List::of).orElse(List.of()),
                List.of(new MeetingForm.AgendaRow(round.topic(), secretary, null, "Bí thư Chi bộ")),
                List.of(),
                null);
        var meeting = plans.create(form, Viewer.everything());
        if (outcome == Outcome.PLANNED) {
            return;
        }
        if (outcome == Outcome.CANCELLED) {
            plans.cancel(meeting.id(), meeting.version(), round.cancelReason(), Viewer.everything());
            return;
        }
        plans.hold(meeting.id(), meeting.version(), Viewer.everything());
        attend(meeting.id(), number);
        if (outcome == Outcome.HELD || secretary == null) {
            return;
        }
        var draft = minutes.draft(
                meeting.id(), CellMeetingDemoTexts.minutes(round, day, secretary, cell), Viewer.everything());
        if (outcome == Outcome.APPROVED) {
            minutes.approve(meeting.id(), draft.version(), new Viewer(Scope.everything(), secretary));
        }
    }

    /**
     * The secretary's checklist, by the members' order shifted by the cell: one in seven late, one in seven absent
     * with a reason (in turn ill, at work, family matters), the others present.
     */
    private void attend(long meetingId, int number) {
        var entries = attendance.checklist(meetingId, Viewer.everything()).entries();
        var reasons = List.of(AttendanceForm.Reason.SICK, AttendanceForm.Reason.WORK, AttendanceForm.Reason.FAMILY);
        for (int i = 0; i < entries.size(); i++) {
            int slot = (i + number) % 7;
            var status = slot == 5
                    ? AttendanceForm.Status.LATE
                    : slot == 6 ? AttendanceForm.Status.ABSENT : AttendanceForm.Status.PRESENT;
            var reason = status == AttendanceForm.Status.ABSENT ? reasons.get((i / 7) % reasons.size()) : null;
            String note = status == AttendanceForm.Status.LATE ? "Đến muộn 20 phút" : null;
            attendance.record(
                    meetingId,
                    new AttendanceForm(entries.get(i).memberId(), status, reason, note),
                    Viewer.everything());
        }
    }

    /** The cell's secretary on the day, or else its first member (as the accounts' demo data takes him). */
    private Long secretary(long cell, LocalDate day) {
        return jdbc.sql("SELECT COALESCE((" + MemberSql.holdersOn(":cell", "'SECRETARY'", "CAST(:day AS date)")
                        + " ORDER BY 1 LIMIT 1), (" + MemberSql.idsInCell(":cell") + " LIMIT 1))")
                .param("cell", cell)
                .param("day", day)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private Optional<Long> campaign(long dongDa) {
        return campaigns.list(Scope.below(dongDa), PageRequest.first(100)).items().stream()
                .filter(c -> c.title().equals(CAMPAIGN) && c.ownerId() == dongDa && c.parentId() == null)
                .map(c -> c.id())
                .findFirst();
    }

    private boolean exists(long host, String title) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting WHERE host_id = :h AND title = :t)")
                .param("h", host)
                .param("t", title)
                .query(Boolean.class)
                .single();
    }
}
