package vn.neuguong.commendation;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.commendation.Nomination.Action;
import vn.neuguong.commendation.Nomination.Status;
import vn.neuguong.commendation.NominationInput.Act;
import vn.neuguong.commendation.NominationInput.Draft;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;

/**
 * What changes a nomination on its way up: proposed by an organization of the round's subtree for a nominee in its
 * own subtree, then approved, cut or returned by each committee in turn (the nearest committee above the last one to
 * act) up to the round's deciding organization; a returned one is changed and sent again from the start. Every step
 * is written down and audited; each change checks the version read.
 */
@Component
@Transactional
class NominationWork {

    private final JdbcClient jdbc;
    private final Nominations nominations;
    private final Rounds rounds;
    private final NominationChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    NominationWork(
            JdbcClient jdbc,
            Nominations nominations,
            Rounds rounds,
            NominationChecks checks,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.nominations = nominations;
        this.rounds = rounds;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    Nomination propose(Draft draft, Actor actor) {
        var scope = Scope.of(actor);
        var round = checks.check(draft, null, scope);
        var parameters = columns(draft);
        parameters.put("round", draft.roundId());
        parameters.put("next", firstLevel(draft.nominatedById(), round));
        long id = insertOnce(
                () -> jdbc.sql("""
                                INSERT INTO commendation_nomination (round_id, nominated_by_id, nominee_kind,
                                    organization_id, member_id, person_name, person_birth_year, person_details,
                                    form_code, achievement, story, exemplary, next_id)
                                VALUES (:round, :nominatedBy, :kind, :organization, :member, :personName, :birthYear,
                                    :personDetails, :form, :achievement, :story, :exemplary, :next)
                                RETURNING id
                                """).params(parameters).query(Long.class).single(), draft);
        checks.evidence(id, draft);
        step(id, draft.nominatedById(), Action.PROPOSED, null, actor);
        var created = nominations.get(id, Scope.everything());
        audit.created("Nomination", id, draft.nominatedById(), created);
        return created;
    }

    /** Changes a nomination not yet approved by any level, or returned, and sends it up again from the start. */
    Nomination change(long id, int version, Draft draft, Actor actor) {
        var scope = Scope.of(actor);
        var before = current(id, version, scope);
        if (!before.changeable()) {
            throw new InvalidInputException("status", "commendation.nomination.notChangeable");
        }
        if (draft.roundId() != before.roundId()) {
            throw new InvalidInputException("roundId", "commendation.nomination.otherRound");
        }
        var round = checks.check(draft, id, scope);
        var parameters = columns(draft);
        parameters.put("id", id);
        parameters.put("next", firstLevel(draft.nominatedById(), round));
        insertOnce(() -> jdbc.sql("""
                                UPDATE commendation_nomination SET nominated_by_id = :nominatedBy, nominee_kind = :kind,
                                    organization_id = :organization, member_id = :member, person_name = :personName,
                                    person_birth_year = :birthYear, person_details = :personDetails, form_code = :form,
                                    achievement = :achievement, story = :story, exemplary = :exemplary,
                                    status = 'PENDING', next_id = :next, version = version + 1
                                WHERE id = :id
                                """).params(parameters).update(), draft);
        jdbc.sql("DELETE FROM commendation_evidence WHERE nomination_id = :id")
                .param("id", id)
                .update();
        checks.evidence(id, draft);
        step(id, draft.nominatedById(), Action.RESUBMITTED, null, actor);
        var after = nominations.get(id, Scope.everything());
        audit.updated("Nomination", id, after.nominatedById(), before, after);
        return after;
    }

    /** A level's step: only the committee next in line acts, and only while the nomination waits for it. */
    Nomination act(long id, int version, Act input, Actor actor) {
        var scope = Scope.of(actor);
        var before = current(id, version, scope);
        if (before.status() != Status.PENDING) {
            throw new InvalidInputException("status", "commendation.nomination.notPending");
        }
        if (!input.organizationId().equals(before.nextId())) {
            throw new InvalidInputException("organizationId", "commendation.step.notNext");
        }
        if (!checks.covers(scope, before.nextId())) {
            throw new InvalidInputException("organizationId", "commendation.organization.outside");
        }
        String note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        if (note == null && input.verdict() != NominationInput.Verdict.APPROVE) {
            throw new InvalidInputException("note", "commendation.step.reasonRequired");
        }
        var round = rounds.get(before.roundId(), Scope.everything());
        Status status;
        Long next = null;
        Action action;
        switch (input.verdict()) {
            case APPROVE -> {
                if (before.nextId() == round.organizationId()) {
                    status = Status.APPROVED;
                    action = Action.APPROVED;
                } else {
                    status = Status.PENDING;
                    action = Action.FORWARDED;
                    next = nextAbove(before.nextId());
                }
            }
            case CUT -> {
                status = Status.CUT;
                action = Action.CUT;
            }
            default -> {
                status = Status.RETURNED;
                action = Action.RETURNED;
            }
        }
        jdbc.sql("UPDATE commendation_nomination SET status = :status, next_id = :next, version = version + 1"
                        + " WHERE id = :id")
                .param("status", status.name())
                .param("next", next)
                .param("id", id)
                .update();
        step(id, before.nextId(), action, note, actor);
        var after = nominations.get(id, Scope.everything());
        audit.updated(
                "Nomination",
                id,
                before.nominatedById(),
                Map.of("status", before.status(), "nextId", before.nextId()),
                statusOf(after, action, note));
        return after;
    }

    void step(long id, long organizationId, Action action, String note, Actor actor) {
        jdbc.sql("""
                        INSERT INTO commendation_step (nomination_id, organization_id, action, note, actor, at)
                        VALUES (:id, :organization, :action, :note, :actor, :at)
                        """)
                .param("id", id)
                .param("organization", organizationId)
                .param("action", action.name())
                .param("note", note)
                .param("actor", actor.displayName())
                .param("at", java.time.OffsetDateTime.now(clock))
                .update();
    }

    private static Map<String, Object> statusOf(Nomination after, Action action, String note) {
        var map = new HashMap<String, Object>();
        map.put("status", after.status());
        map.put("action", action);
        if (after.nextId() != null) {
            map.put("nextId", after.nextId());
        }
        if (note != null) {
            map.put("note", note);
        }
        return map;
    }

    private Nomination current(long id, int version, Scope scope) {
        var nomination = nominations.get(id, scope);
        if (nomination.version() != version) {
            throw new ConflictException("commendation.version.stale");
        }
        return nomination;
    }

    /** Who acts first: the nominating organization when it decides the round, else the committee above it. */
    private long firstLevel(long nominatedBy, Round round) {
        return nominatedBy == round.organizationId() ? nominatedBy : nextAbove(nominatedBy);
    }

    private long nextAbove(long organizationId) {
        return jdbc.sql("SELECT " + TreeSql.nearestCommittee(":id"))
                .param("id", organizationId)
                .query(Long.class)
                .single();
    }

    private long insertOnce(java.util.function.LongSupplier write, Draft draft) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(NominationChecks.nomineeField(draft), "commendation.nominee.duplicate");
        }
    }

    private static HashMap<String, Object> columns(Draft draft) {
        boolean person = draft.nomineeKind() == Nomination.NomineeKind.PERSON;
        var columns = new HashMap<String, Object>();
        columns.put("nominatedBy", draft.nominatedById());
        columns.put("kind", draft.nomineeKind().name());
        columns.put(
                "organization",
                draft.nomineeKind() == Nomination.NomineeKind.COLLECTIVE ? draft.organizationId() : null);
        columns.put("member", draft.nomineeKind() == Nomination.NomineeKind.MEMBER ? draft.memberId() : null);
        columns.put("personName", person ? draft.personName().strip() : null);
        columns.put("birthYear", person ? draft.personBirthYear() : null);
        columns.put("personDetails", person ? blankToNull(draft.personDetails()) : null);
        columns.put("form", draft.formCode().strip());
        columns.put("achievement", draft.achievement().strip());
        columns.put("story", blankToNull(draft.story()));
        columns.put("exemplary", draft.exemplary());
        return columns;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
