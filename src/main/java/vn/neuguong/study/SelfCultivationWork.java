package vn.neuguong.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.study.SelfCultivationInput.CommentInput;
import vn.neuguong.study.SelfCultivationInput.Draft;
import vn.neuguong.study.SelfCultivationInput.NewPlan;
import vn.neuguong.study.SelfCultivationInput.Window;
import vn.neuguong.study.SelfCultivationPlan.Status;
import vn.neuguong.web.RichText;

/**
 * What is done with a self-cultivation plan: the leader (the member holding a head post of the organization on the
 * plan's day) writes it, opens it for the members' comments, publishes it as a version kept for good, and may edit
 * it again as a new draft; a member of the organization comments while the window is open. A plan out of reach is
 * answered as missing, a change by anyone but its leader 403. Each command is one transaction.
 */
@Component
class SelfCultivationWork {

    static final String ENTITY = "SelfCultivationPlan";

    private final JdbcClient jdbc;
    private final SelfCultivationPlans plans;
    private final AuditLog audit;

    SelfCultivationWork(JdbcClient jdbc, SelfCultivationPlans plans, AuditLog audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.audit = audit;
    }

    /** A new draft by the signed-in leader of the organization. */
    @Transactional
    SelfCultivationPlan create(NewPlan input, Actor actor, LocalDate today) {
        var led = actor.memberId() == null
                ? null
                : plans.led(actor.memberId(), today).stream()
                        .filter(l -> l.organizationId() == input.organizationId())
                        .findFirst()
                        .orElse(null);
        if (led == null) {
            throw new InvalidInputException("organizationId", "cultivation.notLeader");
        }
        long id = jdbc.sql("INSERT INTO self_cultivation_plan (organization_id, leader_member_id, leader_name,"
                        + " leader_post, year, period, content_html, created_on) SELECT :org, :self, "
                        + MemberSql.fullName(":self") + ", :post, :year, :period, :html, :today RETURNING id")
                .param("org", led.organizationId())
                .param("self", actor.memberId())
                .param("post", led.post())
                .param("year", input.year())
                .param("period", input.period().strip())
                .param("html", RichText.sanitize(input.contentHtml()))
                .param("today", today)
                .query(Long.class)
                .single();
        var plan = plans.lock(id, actor.memberId(), today);
        audit.created(ENTITY, id, plan.organizationId(), plan);
        return plan;
    }

    /** The leader's changes to the draft; a plan published becomes the draft of its next version. */
    @Transactional
    SelfCultivationPlan edit(long id, int version, Draft draft, Actor actor, LocalDate today) {
        var before = writable(id, version, actor, today);
        jdbc.sql("UPDATE self_cultivation_plan SET period = :period, content_html = :html, status = CASE status"
                        + " WHEN 'PUBLISHED' THEN 'DRAFT' ELSE status END, version = version + 1 WHERE id = :id")
                .param("period", draft.period().strip())
                .param("html", RichText.sanitize(draft.contentHtml()))
                .param("id", id)
                .update();
        return changed(before, actor, today);
    }

    /** Opens the draft to the members' comments from one day to another, both included. */
    @Transactional
    SelfCultivationPlan openComments(long id, int version, Window window, Actor actor, LocalDate today) {
        var before = writable(id, version, actor, today);
        var errors = new ArrayList<FieldError>();
        if (window.closesOn().isBefore(window.opensOn())) {
            errors.add(new FieldError("closesOn", "cultivation.window.order"));
        }
        if (RichText.plainText(before.contentHtml()).isEmpty()) {
            errors.add(new FieldError("contentHtml", "cultivation.content.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE self_cultivation_plan SET status = 'OPEN', comments_open_on = :from,"
                        + " comments_close_on = :to, version = version + 1 WHERE id = :id")
                .param("from", window.opensOn())
                .param("to", window.closesOn())
                .param("id", id)
                .update();
        return changed(before, actor, today);
    }

    /** Publishes the draft that was open for comments as its next version, dated today. */
    @Transactional
    SelfCultivationPlan publish(long id, int version, Actor actor, LocalDate today) {
        var before = writable(id, version, actor, today);
        if (before.status() != Status.OPEN) {
            throw new ConflictException("cultivation.publish.notOpened");
        }
        if (RichText.plainText(before.contentHtml()).isEmpty()) {
            throw new InvalidInputException("contentHtml", "cultivation.content.required");
        }
        jdbc.sql("INSERT INTO self_cultivation_version (plan_id, number, period, leader_name, leader_post,"
                        + " content_html, published_on) SELECT id, draft_number, period, leader_name, leader_post,"
                        + " content_html, :today FROM self_cultivation_plan WHERE id = :id")
                .param("today", today)
                .param("id", id)
                .update();
        jdbc.sql("UPDATE self_cultivation_plan SET status = 'PUBLISHED', draft_number = draft_number + 1,"
                        + " version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        return changed(before, actor, today);
    }

    /** A member's comment on the draft, while the window is open. */
    @Transactional
    SelfCultivationPlan.Comment comment(long id, CommentInput input, Actor actor, LocalDate today) {
        var plan = plans.get(id, CultivationAccess.of(actor), today);
        boolean member = actor.memberId() != null
                && jdbc.sql("SELECT " + CultivationAccess.memberOfOrganization(":self")
                                + " FROM self_cultivation_plan p WHERE p.id = :id")
                        .param("self", actor.memberId())
                        .param("id", id)
                        .query(Boolean.class)
                        .single();
        if (!member) {
            throw new AccessDeniedException("cultivation.comment.notMember");
        }
        if (!plan.commentsOpen()) {
            throw new InvalidInputException("body", "cultivation.comment.windowClosed");
        }
        var comment = jdbc.sql("INSERT INTO self_cultivation_comment (plan_id, draft_number, member_id, body,"
                        + " written_on) VALUES (:id, :number, :self, :body, :today) RETURNING id, draft_number, "
                        + MemberSql.fullName(":self") + " AS author_name, body, written_on")
                .param("id", id)
                .param("number", plan.draftNumber())
                .param("self", actor.memberId())
                .param("body", input.body().strip())
                .param("today", today)
                .query(SelfCultivationPlan.Comment.class)
                .single();
        audit.created(
                "SelfCultivationComment",
                comment.id(),
                plan.organizationId(),
                Map.of("planId", id, "body", comment.body()));
        return comment;
    }

    /** The plan in reach, locked, as read at {@code version}, when the actor is its leader. */
    private SelfCultivationPlan writable(long id, int version, Actor actor, LocalDate today) {
        plans.get(id, CultivationAccess.of(actor), today);
        var plan = plans.lock(id, actor.memberId() == null ? 0L : actor.memberId(), today);
        if (!plan.mine()) {
            throw new AccessDeniedException("cultivation.notLeader");
        }
        if (plan.version() != version) {
            throw new ConflictException("cultivation.version.stale");
        }
        return plan;
    }

    private SelfCultivationPlan changed(SelfCultivationPlan before, Actor actor, LocalDate today) {
        var after = plans.lock(before.id(), actor.memberId(), today);
        audit.updated(ENTITY, after.id(), after.organizationId(), before, after);
        return after;
    }
}
