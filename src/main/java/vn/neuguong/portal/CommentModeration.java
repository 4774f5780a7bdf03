package vn.neuguong.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * What moderators do with the comments on the articles of the organizations in their scope: approve, reject, answer
 * publicly (which approves a pending one). A comment on another organization's article is answered as unknown (404).
 * Every decision is audited.
 */
@Service
class CommentModeration {

    static final String ENTITY = "PortalComment";
    static final int PAGE_SIZE = 20;

    private static final String SELECT = "SELECT c.id, c.article_id, a.title AS article_title, a.organization_id, "
            + TreeSql.name("a.organization_id") + " AS organization_name, c.author_name, c.phone, c.title, c.content,"
            + " c.status, c.reports, c.created_at, c.moderated_by, c.moderated_at, c.answer, c.answered_by,"
            + " c.answered_at, c.version FROM portal_comment c JOIN portal_article a ON a.id = c.article_id";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    CommentModeration(JdbcClient jdbc, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** The comments in scope, pending first, then the most reported, newest first; one status only if named. */
    @Transactional(readOnly = true)
    Page<CommentRow> list(Scope scope, String status, PageRequest request) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("status", status);
        String where = " WHERE " + scope.coversOrganization("a.organization_id")
                + " AND (CAST(:status AS text) IS NULL OR c.status = :status)";
        long total = jdbc.sql(
                        "SELECT count(*) FROM portal_comment c JOIN portal_article a ON a.id = c.article_id" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + where + " ORDER BY c.status = 'PENDING' DESC, c.reports DESC, c.created_at DESC,"
                        + " c.id DESC" + request.limitOffset())
                .params(parameters)
                .query(CommentRow.class)
                .list();
        return Page.of(items, request, total);
    }

    @Transactional(readOnly = true)
    CommentRow get(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE c.id = :id AND " + scope.coversOrganization("a.organization_id"))
                .param("id", id)
                .query(CommentRow.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Comment", id));
    }

    @Transactional
    CommentRow approve(long id, int version, Actor actor) {
        return decide(id, version, "APPROVED", actor);
    }

    @Transactional
    CommentRow reject(long id, int version, Actor actor) {
        return decide(id, version, "REJECTED", actor);
    }

    private CommentRow decide(long id, int version, String status, Actor actor) {
        var before = current(id, version, actor);
        jdbc.sql("UPDATE portal_comment SET status = :status, moderated_by = :by, moderated_at = now(),"
                        + " version = version + 1 WHERE id = :id")
                .param("status", status)
                .param("by", actor.username())
                .param("id", id)
                .update();
        return audited(before, actor);
    }

    /** Answers publicly under the comment (a pending one is approved with it); a rejected one is not answered. */
    @Transactional
    CommentRow answer(long id, int version, String answer, Actor actor) {
        var errors = new FieldErrors();
        CommentText.require(errors, "answer", answer, CommentForm.CONTENT_LENGTH);
        errors.throwIfAny();
        var before = current(id, version, actor);
        if ("REJECTED".equals(before.status())) {
            new FieldErrors().add("answer", "portal.comment.answer.rejected").throwIfAny();
        }
        jdbc.sql("UPDATE portal_comment SET answer = :answer, answered_by = :by, answered_at = now(),"
                        + " status = 'APPROVED', moderated_by = coalesce(moderated_by, :by),"
                        + " moderated_at = coalesce(moderated_at, now()), version = version + 1 WHERE id = :id")
                .param("answer", CommentText.kept(answer))
                .param("by", actor.username())
                .param("id", id)
                .update();
        return audited(before, actor);
    }

    /** The comment in scope, locked, at the version the moderator read; 409 when it changed since. */
    private CommentRow current(long id, int version, Actor actor) {
        var row = get(id, Scope.of(actor));
        int locked = jdbc.sql("SELECT version FROM portal_comment WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Integer.class)
                .single();
        if (locked != version || row.version() != version) {
            throw new ConflictException("portal.comment.changed");
        }
        return row;
    }

    private CommentRow audited(CommentRow before, Actor actor) {
        var after = get(before.id(), Scope.of(actor));
        audit.updated(ENTITY, before.id(), before.organizationId(), state(before), state(after));
        events.publishEvent(new PortalChanged(after.articleId()));
        return after;
    }

    private static Map<String, Object> state(CommentRow row) {
        var state = new LinkedHashMap<String, Object>();
        state.put("status", row.status());
        state.put("answer", row.answer());
        state.put("reports", row.reports());
        return state;
    }
}
