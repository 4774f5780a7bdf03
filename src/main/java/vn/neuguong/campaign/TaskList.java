package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.neuguong.directive.Documents;
import vn.neuguong.member.MemberSql;
import vn.neuguong.notification.Notifications;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.Task;
import vn.neuguong.web.TaskGroup;
import vn.neuguong.web.TaskSource;

/**
 * A person's task list: the open obligations of the organizations he acts for that are overdue or due within
 * {@link #SOON_DAYS} days; for staff, the child organizations whose subtree is behind in a campaign; for a member,
 * the documents to study and his cell's members' submissions still open; for everyone, unread notifications.
 * Across campaigns a line refined by a cascade's line is left out, as on the obligations page.
 */
@Component
@Order(10)
class TaskList implements TaskSource {

    static final int SOON_DAYS = 14;
    static final int LIMIT = 10;

    private static final String OPEN_LINE = "ob.fulfilled_on IS NULL AND c.status = 'LAUNCHED'"
            + " AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)";

    /** The period of an obligation and, for a line awaiting its event, the event line. */
    private static final String PERIOD_COLUMNS = "ob.period_starts_on, ob.period_ends_on, ob.due_day_on_time, "
            + Obligations.AWAITING_COLUMNS + ", pc.periods_opened, pc.periods_total";
    /** How many of the campaign's periods have opened, for the columns above. */
    private static final String PERIODS_JOIN = PeriodOpenings.countsSql("(ob.campaign_id)");

    private final JdbcClient jdbc;
    private final Documents documents;
    private final Notifications notifications;
    private final MessageSource messages;

    TaskList(JdbcClient jdbc, Documents documents, Notifications notifications, MessageSource messages) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.notifications = notifications;
        this.messages = messages;
    }

    record Owed(
            long id,
            long organizationId,
            String organizationName,
            ObligationKind kind,
            String label,
            LocalDate dueOn,
            String campaignTitle,
            long total,
            LocalDate periodStartsOn,
            LocalDate periodEndsOn,
            boolean dueDayOnTime,
            ObligationKind awaitingKind,
            String awaitingLabel,
            Integer periodsOpened,
            Integer periodsTotal) {}

    record Behind(
            long parentId,
            long organizationId,
            String organizationName,
            String path,
            long campaignId,
            String campaignTitle,
            LocalDate dueOn,
            long overdue,
            LocalDate oldest) {}

    @Override
    public List<TaskGroup> tasks(Authentication who, LocalDate today, Locale locale) {
        if (who == null || !(who.getPrincipal() instanceof ActorPrincipal principal)) {
            return List.of();
        }
        Actor actor = principal.actor();
        var groups = new ArrayList<TaskGroup>();
        if (!actor.scopeRoots().isEmpty()) {
            groups.add(owed(actor.scopeRoots(), today, locale));
        }
        if (!actor.staffOrganizationIds().isEmpty()) {
            groups.add(behind(actor.staffOrganizationIds(), today, locale));
        }
        if (actor.memberId() != null) {
            groups.add(toStudy(actor.memberId(), locale));
            groups.add(toSubmit(actor.memberId(), today, locale));
        }
        groups.add(unread(actor.accountId(), locale));
        return groups.stream().filter(group -> group.total() > 0).toList();
    }

    /** Open obligations of the organizations themselves, overdue or due soon, soonest first. */
    private TaskGroup owed(List<Long> organizations, LocalDate today, Locale locale) {
        var rows = jdbc.sql("SELECT ob.id, ob.organization_id, " + TreeSql.name("ob.organization_id")
                        + " AS organization_name, ob.kind, r.label, ob.due_on, c.title AS campaign_title, "
                        + "count(*) OVER () AS total, " + PERIOD_COLUMNS + " FROM obligation ob "
                        + "JOIN campaign c ON c.id = ob.campaign_id "
                        + "JOIN campaign_requirement r ON r.id = ob.requirement_id" + Obligations.AWAITING_JOIN
                        + PERIODS_JOIN
                        + " JOIN "
                        + TreeSql.organizations()
                        + " o ON o.id = ob.organization_id "
                        + "WHERE ob.organization_id IN (:orgs) AND " + OPEN_LINE + " AND ob.due_on <= :soon "
                        + "ORDER BY ob.due_on, o.path, ob.id LIMIT :limit")
                .param("orgs", organizations)
                .param("soon", today.plusDays(SOON_DAYS))
                .param("limit", LIMIT)
                .query(Owed.class)
                .list();
        var tasks = rows.stream()
                .map(row -> new Task(
                        what(row.kind(), row.label(), locale) + period(row, locale),
                        row.organizationName() + " · " + row.campaignTitle() + awaiting(row, locale),
                        "/campaigns/obligations?organizationId=" + row.organizationId() + "#obligation-" + row.id(),
                        row.dueOn(),
                        overdue(row, today)))
                .toList();
        return group("obligations", locale, tasks, total(rows.stream().map(Owed::total)), "/campaigns/obligations");
    }

    /**
     * Children of the staff's organizations whose subtree has overdue obligations, most first. Each links to the
     * board, showing only the late, of the campaign in which its oldest overdue obligation lies.
     */
    private TaskGroup behind(List<Long> staffOrganizations, LocalDate today, Locale locale) {
        var rows = jdbc.sql("""
                        SELECT DISTINCT ON (x.overdue, x.organization_id) x.*
                        FROM (
                            SELECT o.staff_id AS parent_id, o.child_id AS organization_id,
                                   %s AS organization_name, %s::text AS path, ob.campaign_id,
                                   c.title AS campaign_title, ob.due_on,
                                   count(*) OVER (PARTITION BY o.child_id) AS overdue,
                                   min(ob.due_on) OVER (PARTITION BY o.child_id) AS oldest
                            FROM (SELECT s.id AS staff_id, t.id, t.child_id
                                  FROM unnest(ARRAY[:staff]::bigint[]) AS s(id)
                                  CROSS JOIN LATERAL %s t WHERE t.child_id IS NOT NULL) o
                            JOIN obligation ob ON ob.organization_id = o.id
                            JOIN campaign c ON c.id = ob.campaign_id
                            WHERE %s AND %s < :today AND %s
                        ) x
                        ORDER BY x.overdue DESC, x.organization_id, x.due_on, x.campaign_id
                        """.formatted(
                                TreeSql.name("o.child_id"),
                                TreeSql.path("o.child_id"),
                                TreeSql.subtree(TreeSql.path("s.id")),
                                TreeSql.isOpen("o.child_id"),
                                ObligationStatus.lastOnTimeSql("ob"),
                                OPEN_LINE))
                .param("staff", staffOrganizations)
                .param("today", today)
                .query(Behind.class)
                .list();
        var tasks = rows.stream()
                .sorted(java.util.Comparator.comparingLong(Behind::overdue)
                        .reversed()
                        .thenComparing(Behind::path))
                .limit(LIMIT)
                .map(row -> new Task(
                        row.organizationName(),
                        messages.getMessage(
                                "campaign.tasks.behind.detail",
                                new Object[] {row.overdue(), row.campaignTitle()},
                                locale),
                        "/campaigns/" + row.campaignId() + "/compliance?organizationId=" + row.parentId()
                                + "&overdueOnly=true#row-" + row.organizationId(),
                        row.oldest(),
                        true))
                .toList();
        return group("behind", locale, tasks, rows.size(), null);
    }

    private TaskGroup toStudy(long memberId, Locale locale) {
        var rows = documents.toStudy(memberId, LIMIT);
        var tasks = rows.stream()
                .map(d -> new Task(
                        d.number() + " – " + d.summary(),
                        messages.getMessage(
                                d.read() ? "campaign.tasks.study.read" : "campaign.tasks.study.unread", null, locale),
                        "/documents/" + d.id(),
                        null,
                        false))
                .toList();
        return group("study", locale, tasks, total(rows.stream().map(Documents.DocumentToStudy::total)), "/documents");
    }

    /** The members' submissions the member's cell still owes: each member writes his reflection and plan. */
    private TaskGroup toSubmit(long memberId, LocalDate today, Locale locale) {
        var rows = jdbc.sql("SELECT ob.id, ob.organization_id, " + TreeSql.name("ob.organization_id")
                        + " AS organization_name, ob.kind, r.label, ob.due_on, c.title AS campaign_title, "
                        + "count(*) OVER () AS total, " + PERIOD_COLUMNS + " FROM obligation ob "
                        + "JOIN campaign c ON c.id = ob.campaign_id "
                        + "JOIN campaign_requirement r ON r.id = ob.requirement_id" + Obligations.AWAITING_JOIN
                        + PERIODS_JOIN
                        + " WHERE ob.organization_id = "
                        + MemberSql.cellOf(":member") + " AND ob.kind = 'MEMBER_SUBMISSIONS' AND " + OPEN_LINE
                        + " ORDER BY ob.due_on, ob.id LIMIT :limit")
                .param("member", memberId)
                .param("limit", LIMIT)
                .query(Owed.class)
                .list();
        var tasks = rows.stream()
                .map(row -> new Task(
                        messages.getMessage("campaign.tasks.submit.what", null, locale) + period(row, locale),
                        row.campaignTitle(),
                        null,
                        row.dueOn(),
                        overdue(row, today)))
                .toList();
        return group("submit", locale, tasks, total(rows.stream().map(Owed::total)), null);
    }

    private TaskGroup unread(long accountId, Locale locale) {
        var rows = notifications.unread(accountId, LIMIT, locale);
        var tasks = rows.stream()
                .map(n -> new Task(n.title(), null, n.link() == null ? "/notifications" : n.link(), null, false))
                .toList();
        return group(
                "notifications",
                locale,
                tasks,
                total(rows.stream().map(Notifications.UnreadNotice::total)),
                "/notifications");
    }

    private TaskGroup group(String id, Locale locale, List<Task> tasks, long total, String moreHref) {
        return new TaskGroup(id, messages.getMessage("campaign.tasks." + id, null, locale), tasks, total, moreHref);
    }

    private String what(ObligationKind kind, String label, Locale locale) {
        String text = messages.getMessage("campaign.kind." + kind, null, locale);
        return label == null || label.isBlank() ? text : text + " – " + label;
    }

    /** The period of a recurring line's obligation, " · Tháng 01/2025"; nothing for a one-off line. */
    /** A recurring line's period, and how many of the campaign's periods have opened: " · Tháng 03/2025 (3/12 kỳ đã mở)". */
    private String period(Owed row, Locale locale) {
        return row.periodStartsOn() == null
                ? ""
                : " · " + Periods.label(row.periodStartsOn(), row.periodEndsOn(), locale) + " ("
                        + messages.getMessage(
                                "campaign.periods.opened",
                                new Object[] {row.periodsOpened(), row.periodsTotal()},
                                locale)
                        + ")";
    }

    /** What a line due after an event waits for: " · chờ Hội nghị học tập" until the event's act is recorded. */
    private String awaiting(Owed row, Locale locale) {
        if (row.awaitingKind() == null) {
            return "";
        }
        String event = row.awaitingLabel() != null
                ? row.awaitingLabel()
                : messages.getMessage("campaign.kind." + row.awaitingKind(), null, locale);
        return " · " + messages.getMessage("campaign.tasks.awaiting", new Object[] {event}, locale);
    }

    private static boolean overdue(Owed row, LocalDate today) {
        return ObligationStatus.of(row.dueOn(), null, today, row.dueDayOnTime()) == ObligationStatus.OVERDUE;
    }

    private static long total(java.util.stream.Stream<Long> totals) {
        return totals.findFirst().orElse(0L);
    }
}
