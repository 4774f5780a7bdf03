package vn.neuguong.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.Formats;
import vn.neuguong.web.Task;
import vn.neuguong.web.TaskGroup;
import vn.neuguong.web.TaskSource;

/**
 * What the cells' plans ask of a person on the home page: for a cell secretary, next month's plan of each cell he
 * leads not posted yet (overdue after the due day); for a member, the content he is assigned to prepare and has not
 * handed in, soonest due first.
 */
@Component
@Order(25)
class PlanTasks implements TaskSource {

    static final int LIMIT = 10;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    PlanTasks(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    record Unposted(long cellId, String cellName, LocalDate dueOn) {}

    record Owed(long id, String title, String meetingTitle, LocalDate dueOn) {}

    @Override
    public List<TaskGroup> tasks(Authentication who, LocalDate today, Locale locale) {
        if (who == null || !(who.getPrincipal() instanceof ActorPrincipal principal)) {
            return List.of();
        }
        var actor = principal.actor();
        var groups = new ArrayList<TaskGroup>();
        if (!actor.secretaryCellIds().isEmpty()) {
            var month = YearMonth.from(today).plusMonths(1);
            var rows = jdbc.sql("SELECT c.id AS cell_id, " + TreeSql.name("c.id") + " AS cell_name, CAST(CAST(:month"
                            + " AS date) - interval '1 month' AS date) + (" + PlanRules.dueDay("c.id")
                            + " - 1) AS due_on"
                            + " FROM " + TreeSql.organizations() + " c WHERE c.id IN (:cells) AND c.open AND"
                            + " c.kind = 'CELL' AND NOT EXISTS (SELECT 1 FROM meeting_plan p WHERE p.cell_id = c.id"
                            + " AND p.month = :month) ORDER BY c.path LIMIT :limit")
                    .param("month", month.atDay(1))
                    .param("cells", actor.secretaryCellIds())
                    .param("limit", LIMIT)
                    .query(Unposted.class)
                    .list();
            String mm = "%02d/%d".formatted(month.getMonthValue(), month.getYear());
            var tasks = rows.stream()
                    .map(r -> new Task(
                            messages.getMessage("meeting.tasks.plans.what", new Object[] {r.cellName(), mm}, locale),
                            messages.getMessage(
                                    "meeting.tasks.plans.detail",
                                    new Object[] {Formats.DATE.format(r.dueOn())},
                                    locale),
                            "/meeting-plans/cells/" + r.cellId() + "?month=" + month,
                            r.dueOn(),
                            r.dueOn().isBefore(today)))
                    .toList();
            groups.add(new TaskGroup(
                    "meeting-plans",
                    messages.getMessage("meeting.tasks.plans", null, locale),
                    tasks,
                    tasks.size(),
                    "/meeting-plans"));
        }
        if (actor.memberId() != null) {
            var rows = jdbc.sql(
                            "SELECT p.id, p.title, m.title AS meeting_title, p.due_on FROM meeting_preparation p"
                                    + " JOIN meeting m ON m.id = p.meeting_id WHERE p.member_id = :member"
                                    + " AND p.submitted_at IS NULL AND m.status = 'PLANNED' ORDER BY p.due_on, p.id LIMIT :limit")
                    .param("member", actor.memberId())
                    .param("limit", LIMIT)
                    .query(Owed.class)
                    .list();
            var tasks = rows.stream()
                    .map(r -> new Task(
                            r.title(),
                            messages.getMessage(
                                    "meeting.tasks.preparations.detail", new Object[] {r.meetingTitle()}, locale),
                            "/meeting-preparations#preparation-" + r.id(),
                            r.dueOn(),
                            r.dueOn().isBefore(today)))
                    .toList();
            groups.add(new TaskGroup(
                    "meeting-preparations",
                    messages.getMessage("meeting.tasks.preparations", null, locale),
                    tasks,
                    tasks.size(),
                    "/meeting-preparations"));
        }
        return groups.stream().filter(g -> g.total() > 0).toList();
    }
}
