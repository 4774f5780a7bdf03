package vn.neuguong.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.web.Formats;
import vn.neuguong.web.Task;
import vn.neuguong.web.TaskGroup;
import vn.neuguong.web.TaskSource;

/**
 * What the study file asks of a person on the home page: for a member, each file owed and not handed in (or returned
 * for revision), soonest due first, opening the member's file; for a cell secretary, the files of the cells he leads
 * handed in and waiting for his review, the first handed in first.
 */
@Component
@Order(15)
class StudyTasks implements TaskSource {

    static final int LIMIT = 10;

    private final JdbcClient jdbc;
    private final StudyAudience audience;
    private final MessageSource messages;

    StudyTasks(JdbcClient jdbc, StudyAudience audience, MessageSource messages) {
        this.jdbc = jdbc;
        this.audience = audience;
        this.messages = messages;
    }

    record Owed(long campaignId, String campaignTitle, LocalDate dueOn, StudyFile.Status status, long total) {}

    record Waiting(
            long id,
            String memberName,
            String campaignTitle,
            LocalDate dueOn,
            LocalDate submittedOn,
            boolean late,
            long total) {}

    @Override
    public List<TaskGroup> tasks(Authentication who, LocalDate today, Locale locale) {
        if (who == null || !(who.getPrincipal() instanceof ActorPrincipal principal)) {
            return List.of();
        }
        Actor actor = principal.actor();
        if (actor.memberId() == null && actor.secretaryCellIds().isEmpty()) {
            return List.of();
        }
        audience.fixPending();
        var groups = new ArrayList<TaskGroup>();
        if (actor.memberId() != null) {
            groups.add(owed(actor.memberId(), today, locale));
        }
        if (!actor.secretaryCellIds().isEmpty()) {
            groups.add(toReview(actor.secretaryCellIds(), locale));
        }
        return groups.stream().filter(group -> group.total() > 0).toList();
    }

    /** The member's files still to hand in: never started, a draft, or returned for revision. */
    private TaskGroup owed(long memberId, LocalDate today, Locale locale) {
        var rows = jdbc.sql("SELECT f.campaign_id, " + CampaignSql.title("f.campaign_id")
                        + " AS campaign_title, f.due_on, f.status, count(*) OVER () AS total FROM study_file f"
                        + " WHERE f.member_id = :member AND f.status IN ('NOT_STARTED', 'DRAFT', 'RETURNED')"
                        + " ORDER BY f.due_on, f.id LIMIT :limit")
                .param("member", memberId)
                .param("limit", LIMIT)
                .query(Owed.class)
                .list();
        var tasks = rows.stream()
                .map(row -> new Task(
                        messages.getMessage("study.tasks.files.what", new Object[] {row.campaignTitle()}, locale),
                        messages.getMessage("study.tasks.files." + row.status(), null, locale),
                        "/study/campaigns/" + row.campaignId(),
                        row.dueOn(),
                        row.dueOn().isBefore(today)))
                .toList();
        return group("files", locale, tasks, rows.isEmpty() ? 0 : rows.get(0).total(), "/study");
    }

    /** The files handed in to the secretary's cells (owed there at launch, or of members there now) to review. */
    private TaskGroup toReview(List<Long> cells, Locale locale) {
        var rows = jdbc.sql("SELECT f.id, " + MemberSql.fullName("f.member_id") + " AS member_name, "
                        + CampaignSql.title("f.campaign_id") + " AS campaign_title, f.due_on, f.submitted_on,"
                        + " coalesce(f.first_submitted_on > f.due_on, false) AS late, count(*) OVER () AS total"
                        + " FROM study_file f WHERE f.status = 'SUBMITTED' AND (f.cell_id IN (:cells) OR "
                        + StudyAccess.CURRENT_CELL + " IN (:cells)) ORDER BY f.submitted_on, f.id LIMIT :limit")
                .param("cells", cells)
                .param("limit", LIMIT)
                .query(Waiting.class)
                .list();
        var tasks = rows.stream()
                .map(row -> new Task(
                        messages.getMessage(
                                "study.tasks.reviews.what",
                                new Object[] {row.memberName(), row.campaignTitle()},
                                locale),
                        messages.getMessage(
                                row.late() ? "study.tasks.reviews.late" : "study.tasks.reviews.detail",
                                new Object[] {Formats.DATE.format(row.submittedOn())},
                                locale),
                        "/study/files/" + row.id(),
                        null,
                        false))
                .toList();
        return group("reviews", locale, tasks, rows.isEmpty() ? 0 : rows.get(0).total(), "/study");
    }

    private TaskGroup group(String id, Locale locale, List<Task> tasks, long total, String moreHref) {
        return new TaskGroup(
                "study-" + id, messages.getMessage("study.tasks." + id, null, locale), tasks, total, moreHref);
    }
}
