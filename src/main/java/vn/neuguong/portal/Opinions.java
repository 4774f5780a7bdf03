package vn.neuguong.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.CampaignSql;
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
 * The public opinion staff record about the campaigns of the organizations in their scope, and the answers they
 * give; what the public form sends joins them. Every change is audited.
 */
@Service
class Opinions {

    static final String ENTITY = "PublicOpinion";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    static final String SELECT = "SELECT p.id, p.kind, p.class AS classification, p.channel, p.campaign_id, "
            + CampaignSql.title("p.campaign_id") + " AS campaign_title, p.organization_id, "
            + TreeSql.name("p.organization_id") + " AS organization_name, p.comment_id, p.content, p.source_text,"
            + " p.source_url, p.heard_on, p.needs_answer, p.answer, p.answered_by, p.answered_at, p.recorded_by,"
            + " p.created_at, p.version FROM portal_opinion p";

    /** Which opinions a list shows; null leaves a filter out. */
    record Filter(
            Long campaignId,
            Long organizationId,
            Opinion.Kind kind,
            Opinion.Classification classification,
            Boolean unanswered) {}

    private final JdbcClient jdbc;
    private final OpinionChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    Opinions(JdbcClient jdbc, OpinionChecks checks, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The opinions in scope, newest heard first. */
    @Transactional(readOnly = true)
    Page<Opinion> list(Filter filter, Scope scope, PageRequest request) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("campaign", filter.campaignId());
        parameters.put("organization", filter.organizationId());
        parameters.put("kind", filter.kind() == null ? null : filter.kind().name());
        parameters.put(
                "class",
                filter.classification() == null ? null : filter.classification().name());
        parameters.put("unanswered", filter.unanswered());
        String where = " WHERE " + scope.coversOrganization("p.organization_id")
                + " AND (CAST(:campaign AS bigint) IS NULL OR p.campaign_id = :campaign)"
                + " AND (CAST(:organization AS bigint) IS NULL OR p.organization_id = :organization)"
                + " AND (CAST(:kind AS text) IS NULL OR p.kind = :kind)"
                + " AND (CAST(:class AS text) IS NULL OR p.class = :class)"
                + " AND (CAST(:unanswered AS boolean) IS NULL OR (p.needs_answer AND p.answer IS NULL) = :unanswered)";
        long total = jdbc.sql("SELECT count(*) FROM portal_opinion p" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + where + " ORDER BY p.heard_on DESC, p.id DESC" + request.limitOffset())
                .params(parameters)
                .query(Opinion.class)
                .list();
        return Page.of(items, request, total);
    }

    @Transactional(readOnly = true)
    Opinion get(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE p.id = :id AND " + scope.coversOrganization("p.organization_id"))
                .param("id", id)
                .query(Opinion.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Opinion", id));
    }

    /** Records what staff heard; every bad field at once, nothing kept then. */
    @Transactional
    Opinion record(OpinionInput.New input, Actor actor) {
        var checked = checks.checked(input, Scope.of(actor), LocalDate.now(clock));
        long id = insert(checked, actor.username());
        var created = get(id, Scope.everything());
        audit.created(ENTITY, id, created.organizationId(), state(created));
        return created;
    }

    /** Records what a resident sent through the public form: an opinion of channel PUBLIC_FORM. */
    @Transactional
    long recordPublic(OpinionInput.Public input) {
        var checked = checks.checkedPublic(input, LocalDate.now(clock));
        long id = insert(checked, "portal");
        audit.created(ENTITY, id, checked.organizationId(), state(get(id, Scope.everything())));
        return id;
    }

    private long insert(OpinionChecks.Checked c, String recordedBy) {
        return jdbc.sql("INSERT INTO portal_opinion (campaign_id, organization_id, kind, class, channel, comment_id,"
                        + " content, source_text, source_url, heard_on, needs_answer, answer, answered_by,"
                        + " answered_at, recorded_by) VALUES (:campaign, :organization, :kind, :class, :channel,"
                        + " :comment, :content, :sourceText, :sourceUrl, :heardOn, :needsAnswer, :answer,"
                        + " CASE WHEN CAST(:answer AS text) IS NULL THEN NULL ELSE :by END,"
                        + " CASE WHEN CAST(:answer AS text) IS NULL THEN NULL ELSE now() END, :by) RETURNING id")
                .param("campaign", c.campaignId())
                .param("organization", c.organizationId())
                .param("kind", c.kind().name())
                .param(
                        "class",
                        c.classification() == null ? null : c.classification().name())
                .param("channel", c.channel().name())
                .param("comment", c.commentId())
                .param("content", c.content())
                .param("sourceText", c.sourceText())
                .param("sourceUrl", c.sourceUrl())
                .param("heardOn", c.heardOn())
                .param("needsAnswer", c.needsAnswer())
                .param("answer", c.answer())
                .param("by", recordedBy)
                .query(Long.class)
                .single();
    }

    /** Gives (or corrects) the answer of an item, at the version read: who and when are the caller and now. */
    @Transactional
    Opinion answer(long id, int version, OpinionInput.Answer input, Actor actor) {
        var errors = new FieldErrors();
        CommentText.require(errors, "answer", input == null ? null : input.answer(), 4000);
        errors.throwIfAny();
        var before = get(id, Scope.of(actor));
        int changed = jdbc.sql("UPDATE portal_opinion SET answer = :answer, answered_by = :by, answered_at = now(),"
                        + " version = version + 1 WHERE id = :id AND version = :version")
                .param("answer", CommentText.kept(input.answer()))
                .param("by", actor.username())
                .param("id", id)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("portal.opinion.changed");
        }
        var after = get(id, Scope.of(actor));
        audit.updated(ENTITY, id, after.organizationId(), state(before), state(after));
        return after;
    }

    static Map<String, Object> state(Opinion o) {
        var state = new LinkedHashMap<String, Object>();
        state.put("kind", o.kind());
        state.put("classification", o.classification());
        state.put("channel", o.channel());
        state.put("campaignId", o.campaignId());
        state.put("commentId", o.commentId());
        state.put("content", o.content());
        state.put("sourceText", o.sourceText());
        state.put("sourceUrl", o.sourceUrl());
        state.put("heardOn", o.heardOn());
        state.put("needsAnswer", o.needsAnswer());
        state.put("answer", o.answer());
        return state;
    }

    /** The items of a list, for callers that need them whole (the summary). */
    List<Opinion> query(String where, Map<String, Object> parameters) {
        return jdbc.sql(SELECT + " WHERE " + where)
                .params(parameters)
                .query(Opinion.class)
                .list();
    }
}
