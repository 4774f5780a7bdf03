package vn.neuguong.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.ActionProgrammeAdopted;
import vn.neuguong.campaign.Campaign;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.study.ActionProgrammeInput.Adoption;
import vn.neuguong.study.ActionProgrammeInput.Draft;
import vn.neuguong.study.ActionProgrammeInput.ProgressInput;

/**
 * What committee staff do with an action programme: draft it, change the draft, adopt it (which tells the campaign
 * module, so the committee's ACTION_PROGRAMME obligation is fulfilled in the same transaction), and report each
 * measure's progress. Each command is one transaction: refused input saves nothing.
 */
@Component
class ProgrammeWork {

    private final JdbcClient jdbc;
    private final ActionProgrammes programmes;
    private final ProgrammeOptions options;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProgrammeWork(
            JdbcClient jdbc,
            ActionProgrammes programmes,
            ProgrammeOptions options,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.options = options;
        this.audit = audit;
        this.events = events;
    }

    /** Drafts the committee's programme for the campaign; a committee outside the scope answers 404. */
    @Transactional
    ActionProgramme create(ActionProgrammeInput.New input, Actor actor, LocalDate today) {
        var access = ProgrammeAccess.of(actor);
        options.committee(input.organizationId(), access.scope())
                .orElseThrow(() -> new NotFoundException("Organization", input.organizationId()));
        var campaign = options.campaignOf(input.campaignId(), input.organizationId())
                .orElseThrow(() -> new InvalidInputException("campaignId", "study.programme.campaign.unknown"));
        var draft = input.draft();
        check(draft, campaign, input.organizationId());
        if (programmes.idOf(campaign.id(), input.organizationId()).isPresent()) {
            throw new ConflictException("study.programme.exists");
        }
        long id;
        try {
            id = jdbc.sql("INSERT INTO study_programme (campaign_id, organization_id, title) VALUES (:c, :o, :t)"
                            + " RETURNING id")
                    .param("c", campaign.id())
                    .param("o", input.organizationId())
                    .param("t", draft.title().strip())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("study.programme.exists");
        }
        write(id, draft);
        var after = programmes.lock(id, today);
        audit.created("ActionProgramme", id, after.organizationId(), after);
        return after;
    }

    /** Changes the draft read at {@code version}; an adopted programme is locked. */
    @Transactional
    ActionProgramme change(long id, int version, Draft draft, Actor actor, LocalDate today) {
        var before = locked(id, version, actor, today);
        before.requireDraft();
        check(draft, campaignOf(before), before.organizationId());
        jdbc.sql("UPDATE study_programme SET title = :t, version = version + 1 WHERE id = :id")
                .param("t", draft.title().strip())
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM study_programme_goal WHERE programme_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM study_programme_measure WHERE programme_id = :id")
                .param("id", id)
                .update();
        write(id, draft);
        var after = programmes.lock(id, today);
        audit.updated("ActionProgramme", id, after.organizationId(), before, after);
        return after;
    }

    /**
     * Adopts the draft read at {@code version} on the day given (not after today, not before the campaign starts),
     * citing the document that carries it when one is given; from then on only progress changes.
     */
    @Transactional
    ActionProgramme adopt(long id, int version, Adoption adoption, Actor actor, LocalDate today) {
        var before = locked(id, version, actor, today);
        before.requireDraft();
        var errors = new ArrayList<FieldError>();
        if (adoption.adoptedOn().isAfter(today)) {
            errors.add(new FieldError("adoptedOn", "study.programme.adoptedOn.future"));
        } else if (adoption.adoptedOn().isBefore(before.campaignStartsOn())) {
            errors.add(new FieldError("adoptedOn", "study.programme.adoptedOn.beforeCampaign"));
        }
        if (adoption.documentId() != null && !options.isDocument(adoption.documentId(), before.organizationId())) {
            errors.add(new FieldError("documentId", "study.programme.document.unknown"));
        }
        if (before.measures().isEmpty()) {
            errors.add(new FieldError("measures", "study.programme.measures.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE study_programme SET status = 'ADOPTED', adopted_on = :on, adopted_by = :by, document_id = :d,"
                        + " version = version + 1 WHERE id = :id")
                .param("on", adoption.adoptedOn())
                .param("by", actor.displayName())
                .param("d", adoption.documentId())
                .param("id", id)
                .update();
        events.publishEvent(new ActionProgrammeAdopted(
                id,
                before.title(),
                adoption.adoptedOn(),
                before.organizationId(),
                before.campaignId(),
                adoption.documentId(),
                actor.displayName()));
        var after = programmes.lock(id, today);
        audit.updated(
                "ActionProgramme",
                id,
                after.organizationId(),
                Map.of("status", before.status()),
                Map.of("status", after.status(), "adoptedOn", after.adoptedOn(), "adoptedBy", after.adoptedBy()));
        return after;
    }

    /**
     * Records a progress update of one measure of the adopted programme read at {@code version}: kept in the
     * history, and the measure's standing unless an update of a later day is already there.
     */
    @Transactional
    ActionProgramme progress(long id, long measureId, int version, ProgressInput input, Actor actor, LocalDate today) {
        var before = locked(id, version, actor, today);
        before.requireAdopted();
        var measure = before.measure(measureId);
        var errors = new ArrayList<>(input.problems());
        if (input.reportedOn().isAfter(today)) {
            errors.add(new FieldError("reportedOn", "study.progress.future"));
        } else if (input.reportedOn().isBefore(before.adoptedOn())) {
            errors.add(new FieldError("reportedOn", "study.progress.beforeAdoption"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var status = input.statusGiven();
        int percent = input.percentGiven(measure.percent());
        boolean blankNote = input.note() == null || input.note().isBlank();
        jdbc.sql("INSERT INTO study_measure_progress (measure_id, status, percent, note, reported_on, reported_by)"
                        + " VALUES (:m, :s, :p, :n, :on, :by)")
                .param("m", measureId)
                .param("s", status.name())
                .param("p", percent)
                .param("n", blankNote ? null : input.note().strip())
                .param("on", input.reportedOn())
                .param("by", actor.displayName())
                .update();
        jdbc.sql("UPDATE study_programme_measure SET status = :s, percent = :p, progress_on = :on WHERE id = :m"
                        + " AND (progress_on IS NULL OR progress_on <= :on)")
                .param("s", status.name())
                .param("p", percent)
                .param("on", input.reportedOn())
                .param("m", measureId)
                .update();
        jdbc.sql("UPDATE study_programme SET version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        var after = programmes.lock(id, today);
        audit.updated(
                "ActionProgramme",
                id,
                after.organizationId(),
                Map.of("measure", measure.position(), "status", measure.status(), "percent", measure.percent()),
                Map.of("measure", measure.position(), "status", status, "percent", percent, "on", input.reportedOn()));
        return after;
    }

    /** The programme, locked, as read at {@code version}, when the actor changes its committee; 404 otherwise. */
    private ActionProgramme locked(long id, int version, Actor actor, LocalDate today) {
        var access = ProgrammeAccess.of(actor);
        var read = programmes.get(id, access, today);
        if (!programmes.edits(read, access)) {
            throw new NotFoundException("ActionProgramme", id);
        }
        var programme = programmes.lock(id, today);
        if (programme.version() != version) {
            throw new ConflictException("study.version.stale");
        }
        return programme;
    }

    private Campaign campaignOf(ActionProgramme programme) {
        return options.campaignOf(programme.campaignId(), programme.organizationId())
                .orElseThrow(() -> new ConflictException("study.programme.campaign.unknown"));
    }

    /** The draft's errors with those only the database tells (an owner outside the committee), all at once. */
    private void check(Draft draft, Campaign campaign, long organizationId) {
        var errors = problems(draft, campaign, organizationId);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * The module's rules on a draft of the committee's programme for the campaign, for an API body whose annotations
     * failed too (one 400 names every field); without a known campaign, the rules that need none.
     */
    List<FieldError> problems(Draft draft, Long campaignId, Long organizationId) {
        var campaign = campaignId == null || organizationId == null
                ? null
                : options.campaignOf(campaignId, organizationId).orElse(null);
        return problems(draft, campaign, organizationId);
    }

    private List<FieldError> problems(Draft draft, Campaign campaign, Long organizationId) {
        List<FieldError> errors = new ArrayList<>(draft.problems(
                campaign == null ? null : campaign.startsOn(), campaign == null ? null : campaign.endsOn()));
        for (int i = 0;
                organizationId != null
                        && draft.measures() != null
                        && i < draft.measures().size();
                i++) {
            var m = draft.measures().get(i);
            if (m != null && m.ownerMemberId() != null && !options.isMember(m.ownerMemberId(), organizationId)) {
                errors.add(new FieldError("measures[" + i + "].ownerMemberId", "study.programme.measure.ownerUnknown"));
            }
        }
        return errors;
    }

    private void write(long id, Draft draft) {
        var goals = draft.filledGoals();
        for (int i = 0; i < goals.size(); i++) {
            jdbc.sql("INSERT INTO study_programme_goal (programme_id, position, text) VALUES (:id, :p, :t)")
                    .param("id", id)
                    .param("p", i + 1)
                    .param("t", goals.get(i))
                    .update();
        }
        var measures = draft.filledMeasures();
        for (int i = 0; i < measures.size(); i++) {
            var m = measures.get(i);
            boolean blankOwner = m.ownerText() == null || m.ownerText().isBlank();
            jdbc.sql("INSERT INTO study_programme_measure (programme_id, position, content, owner_member_id,"
                            + " owner_text, starts_on, due_on) VALUES (:id, :p, :c, :m, :o, :s, :d)")
                    .param("id", id)
                    .param("p", i + 1)
                    .param("c", m.content().strip())
                    .param("m", m.ownerMemberId())
                    .param("o", blankOwner ? null : m.ownerText().strip())
                    .param("s", m.startsOn())
                    .param("d", m.dueOn())
                    .update();
        }
    }
}
