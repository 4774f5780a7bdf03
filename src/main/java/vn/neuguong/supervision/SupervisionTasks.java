package vn.neuguong.supervision;

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
import vn.neuguong.member.CommitteeSeats;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.Task;
import vn.neuguong.web.TaskGroup;
import vn.neuguong.web.TaskSource;

/**
 * What supervision asks of a person on the home page: the open recommendations of the organizations he acts for,
 * soonest deadline (so the overdue) first; the assessments of the cells he oversees still waiting for his review;
 * and, for the Bí thư of a cell, last month's assessment not yet recorded.
 */
@Component
@Order(20)
class SupervisionTasks implements TaskSource {

    static final int LIMIT = 10;

    private final JdbcClient jdbc;
    private final CommitteeSeats seats;
    private final MessageSource messages;

    SupervisionTasks(JdbcClient jdbc, CommitteeSeats seats, MessageSource messages) {
        this.jdbc = jdbc;
        this.seats = seats;
        this.messages = messages;
    }

    record Open(long id, long visitId, String text, String ownerName, String subject, LocalDate dueOn, long total) {}

    record Waiting(long id, String cellName, String month, Rating rating, long total) {}

    record Cell(long id, String name) {}

    @Override
    public List<TaskGroup> tasks(Authentication who, LocalDate today, Locale locale) {
        if (who == null || !(who.getPrincipal() instanceof ActorPrincipal principal)) {
            return List.of();
        }
        Actor actor = principal.actor();
        var groups = new ArrayList<TaskGroup>();
        if (!actor.scopeRoots().isEmpty()) {
            groups.add(recommendations(actor.scopeRoots(), today, locale));
        }
        if (actor.memberId() != null) {
            groups.add(reviews(actor.memberId(), locale));
            groups.add(toAssess(actor, today, locale));
        }
        return groups.stream().filter(group -> group.total() > 0).toList();
    }

    /** The open recommendations the organizations own, by deadline. */
    private TaskGroup recommendations(List<Long> organizations, LocalDate today, Locale locale) {
        var rows = jdbc.sql("SELECT r.id, r.visit_id, r.text, " + TreeSql.name("r.owner_id")
                        + " AS owner_name, v.subject, r.due_on, count(*) OVER () AS total"
                        + " FROM supervision_recommendation r JOIN supervision_visit v ON v.id = r.visit_id"
                        + " WHERE r.done_on IS NULL AND r.owner_id IN (:orgs) ORDER BY r.due_on, r.id LIMIT :limit")
                .param("orgs", organizations)
                .param("limit", LIMIT)
                .query(Open.class)
                .list();
        var tasks = rows.stream()
                .map(row -> new Task(
                        row.text(),
                        row.ownerName() + " · " + row.subject(),
                        "/supervision/visits/" + row.visitId() + "#recommendation-" + row.id(),
                        row.dueOn(),
                        row.dueOn().isBefore(today)))
                .toList();
        return group(
                "recommendations",
                locale,
                tasks,
                rows.isEmpty() ? 0 : rows.get(0).total(),
                "/supervision");
    }

    /** The assessments of the cells the member oversees in their month, not yet reviewed, oldest month first. */
    private TaskGroup reviews(long memberId, Locale locale) {
        var rows = jdbc.sql("SELECT a.id, " + TreeSql.name("a.cell_id")
                        + " AS cell_name, to_char(a.month, 'MM/YYYY') AS month, a.rating, count(*) OVER () AS total"
                        + " FROM meeting_assessment a WHERE a.reviewed_by IS NULL AND " + Assessments.OVERSEEN
                        + " ORDER BY a.month, " + TreeSql.name("a.cell_id") + " COLLATE vi_icu, a.id LIMIT :limit")
                .param("member", memberId)
                .param("limit", LIMIT)
                .query(Waiting.class)
                .list();
        var tasks = rows.stream()
                .map(row -> new Task(
                        messages.getMessage(
                                "supervision.tasks.reviews.what", new Object[] {row.cellName(), row.month()}, locale),
                        messages.getMessage(
                                "supervision.tasks.reviews.detail",
                                new Object[] {messages.getMessage("supervision.rating." + row.rating(), null, locale)},
                                locale),
                        "/supervision/quality/assessments/" + row.id(),
                        null,
                        false))
                .toList();
        return group("reviews", locale, tasks, rows.isEmpty() ? 0 : rows.get(0).total(), null);
    }

    /**
     * Last month's assessment of the cells the member leads as Bí thư, where it is not recorded yet; only the cells
     * his account may record it for (its scope), so every line opens the form.
     */
    private TaskGroup toAssess(Actor actor, LocalDate today, Locale locale) {
        var cells = seats.heldBy(actor.memberId(), Title.SECRETARY, today);
        var month = YearMonth.from(today).minusMonths(1);
        var scope = Scope.of(actor);
        List<Cell> rows = cells.isEmpty()
                ? List.of()
                : jdbc.sql("SELECT c.id, c.name FROM " + TreeSql.open("c")
                                + " WHERE c.id IN (:cells) AND c.kind = 'CELL' AND " + scope.covers("c.path")
                                + " AND NOT EXISTS (SELECT 1 FROM meeting_assessment a WHERE a.cell_id = c.id"
                                + " AND a.month = :month) ORDER BY c.name COLLATE vi_icu, c.id")
                        .param("cells", cells)
                        .param("month", month.atDay(1))
                        .query(Cell.class)
                        .list();
        String what = messages.getMessage(
                "supervision.tasks.assess.what",
                new Object[] {"%02d/%d".formatted(month.getMonthValue(), month.getYear())},
                locale);
        var tasks = rows.stream()
                .map(cell -> new Task(
                        what, cell.name(), "/supervision/quality/cells/" + cell.id() + "?month=" + month, null, false))
                .toList();
        return group("assess", locale, tasks, tasks.size(), null);
    }

    private TaskGroup group(String id, Locale locale, List<Task> tasks, long total, String moreHref) {
        return new TaskGroup(
                "supervision-" + id,
                messages.getMessage("supervision.tasks." + id, null, locale),
                tasks,
                total,
                moreHref);
    }
}
