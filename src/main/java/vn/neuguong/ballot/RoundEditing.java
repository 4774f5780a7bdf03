package vn.neuguong.ballot;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * The round form's changes, each in one transaction: the round with its questionnaire (through {@link RoundDrafts})
 * and the previous round it names, every problem of the form reported at once and nothing saved when there is one.
 */
@Component
class RoundEditing {

    private final RoundDrafts drafts;
    private final StaffRounds staff;
    private final Validator validator;
    private final BallotRounds rounds;
    private final AuditLog audit;

    RoundEditing(RoundDrafts drafts, StaffRounds staff, Validator validator, BallotRounds rounds, AuditLog audit) {
        this.drafts = drafts;
        this.staff = staff;
        this.validator = validator;
        this.rounds = rounds;
        this.audit = audit;
    }

    @Transactional
    BallotRound create(RoundForm form, Actor actor) {
        var input = checked(form, null);
        var round = drafts.create(input, actor);
        previous(round, null, form.previousRoundId());
        return round;
    }

    @Transactional
    BallotRound update(long id, int version, RoundForm form, Actor actor) {
        var input = checked(form, id);
        var before = staff.previousOf(id).orElse(null);
        var round = drafts.update(id, version, input, actor);
        previous(round, before, form.previousRoundId());
        return round;
    }

    /** Names (or, with null, forgets) the round's previous round, on the version read; audited. */
    @Transactional
    BallotRound namePrevious(long id, int version, Long previousId, Actor actor) {
        var round = rounds.lock(id, BallotAccess.of(actor));
        RoundDrafts.checkVersion(round, version);
        var errors = staff.previousProblems(previousId, round.organizationId(), id);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        previous(round, staff.previousOf(id).orElse(null), previousId);
        staff.touch(id);
        return rounds.get(id, BallotAccess.everything());
    }

    /** Stores the previous round when it changed, audited. */
    private void previous(BallotRound round, Long before, Long after) {
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        staff.setPrevious(round.id(), after);
        var was = new java.util.HashMap<String, Object>();
        was.put("previousRoundId", before);
        var now = new java.util.HashMap<String, Object>();
        now.put("previousRoundId", after);
        audit.updated("BallotRound", round.id(), round.organizationId(), was, now);
    }

    /** The input, when Bean Validation and the previous round find nothing wrong; else all their problems. */
    private BallotInput.Round checked(RoundForm form, Long self) {
        var input = form.input();
        var errors = new ArrayList<FieldError>();
        for (var violation : validator.validate(input)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        errors.addAll(input.problems());
        errors.addAll(staff.previousProblems(form.previousRoundId(), form.organizationId(), self));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }

    /** The form's fields an error names: a line of the scale, criteria or questions is the text area's. */
    static String field(String key) {
        for (String area : List.of("scale", "criteria", "questions")) {
            if (key.startsWith(area + "[")) {
                return area;
            }
        }
        return key;
    }
}
