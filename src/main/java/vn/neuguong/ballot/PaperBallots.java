package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.BallotRoundClosed;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Paper ballots (phiếu giấy): the counting officers' counts of papers issued, returned and invalid, and the answers
 * of each valid returned paper, checked like an electronic ballot and stored as a response of channel PAPER with no
 * person, time or order. While the round is open a paper goes to the round's buffer and is shuffled with the
 * electronic ballots at closing. Papers are usually counted after the conference, once the round is closed: then
 * each goes straight into the responses with a random key, the papers having been mixed in the ballot box before
 * anyone reads them, so the order they are typed in tells nothing of who filled them. Never more papers are entered
 * than returned less invalid. The counts are audited; the answers are not.
 */
@Component
class PaperBallots {

    static final int MAX_PAPERS = 100_000;

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    PaperBallots(
            JdbcClient jdbc, BallotRounds rounds, AuditLog audit, ApplicationEventPublisher events, JsonMapper json) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** What the counting officers send: the papers issued, returned and found invalid. */
    @Schema(name = "BallotPaperCountsInput")
    record CountsInput(
            @NotNull(message = "validation.required")
            @Min(value = 0, message = "ballot.count.negative")
            @Max(value = MAX_PAPERS, message = "ballot.paper.tooMany")
            Integer issued,

            @NotNull(message = "validation.required")
            @Min(value = 0, message = "ballot.count.negative")
            @Max(value = MAX_PAPERS, message = "ballot.paper.tooMany")
            Integer returned,

            @NotNull(message = "validation.required")
            @Min(value = 0, message = "ballot.count.negative")
            @Max(value = MAX_PAPERS, message = "ballot.paper.tooMany")
            Integer invalid) {}

    /** The round's paper figures; its version is the round's, as the entity tag. */
    @Schema(name = "BallotPaperCounts")
    record Counts(
            long roundId,
            BallotRound.Status status,
            int issued,
            int returned,
            int invalid,

            @Schema(description = "Valid papers whose answers have been entered")
            int entered,

            @Schema(description = "Valid papers still to enter: returned less invalid less entered")
            int remaining,

            int version) {}

    Counts counts(long roundId, Actor actor) {
        return counts(rounds.get(roundId, BallotAccess.of(actor)));
    }

    Counts counts(BallotRound round) {
        record Paper(int issued, int returned, int invalid) {}
        var paper = jdbc.sql("SELECT paper_issued AS issued, paper_returned AS returned, paper_invalid AS invalid"
                        + " FROM ballot_round WHERE id = :r")
                .param("r", round.id())
                .query(Paper.class)
                .single();
        int entered = entered(round.id());
        return new Counts(
                round.id(),
                round.status(),
                paper.issued(),
                paper.returned(),
                paper.invalid(),
                entered,
                Math.max(0, paper.returned() - paper.invalid() - entered),
                round.version());
    }

    int entered(long roundId) {
        return jdbc.sql("SELECT (SELECT count(*) FROM ballot_buffer WHERE round_id = :r AND channel = 'PAPER')"
                        + " + (SELECT count(*) FROM ballot_response WHERE round_id = :r AND channel = 'PAPER')")
                .param("r", roundId)
                .query(Integer.class)
                .single();
    }

    /** Records the counts on the round's version; each broken rule named by its field, nothing saved. */
    @Transactional
    Counts record(long roundId, int version, CountsInput input, Actor actor) {
        var round = rounds.lock(roundId, BallotAccess.of(actor));
        RoundDrafts.checkVersion(round, version);
        if (round.status() == BallotRound.Status.DRAFT) {
            throw new ConflictException("ballot.paper.notOpened");
        }
        var before = counts(round);
        var errors = new ArrayList<FieldError>();
        if (input.returned() > input.issued()) {
            errors.add(new FieldError("returned", "ballot.paper.returnedAboveIssued"));
        }
        if (input.invalid() > input.returned()) {
            errors.add(new FieldError("invalid", "ballot.paper.invalidAboveReturned"));
        } else if (input.returned() - input.invalid() < before.entered()) {
            errors.add(new FieldError("invalid", "ballot.paper.belowEntered", null, before.entered()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE ballot_round SET paper_issued = :i, paper_returned = :r, paper_invalid = :v,"
                        + " version = version + 1 WHERE id = :id")
                .param("i", input.issued())
                .param("r", input.returned())
                .param("v", input.invalid())
                .param("id", roundId)
                .update();
        audit.updated(
                "BallotRound",
                roundId,
                round.organizationId(),
                Map.of(
                        "paperIssued",
                        before.issued(),
                        "paperReturned",
                        before.returned(),
                        "paperInvalid",
                        before.invalid()),
                Map.of(
                        "paperIssued",
                        input.issued(),
                        "paperReturned",
                        input.returned(),
                        "paperInvalid",
                        input.invalid()));
        return counts(rounds.get(roundId, BallotAccess.of(actor)));
    }

    /**
     * Enters one valid paper's answers. Under the round's lock, so two officers typing at once never pass the number
     * of valid papers. Answers the counts after it.
     */
    @Transactional
    Counts enter(long roundId, BallotInput.Answers answers, Actor actor) {
        var round = rounds.lock(roundId, BallotAccess.of(actor));
        if (round.status() == BallotRound.Status.DRAFT) {
            throw new ConflictException("ballot.paper.notOpened");
        }
        var errors = Casting.problems(rounds.questionnaire(round), answers);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (counts(round).remaining() <= 0) {
            throw new ConflictException("ballot.paper.allEntered");
        }
        String stored = json.writeValueAsString(Casting.canonical(answers));
        if (round.status() == BallotRound.Status.OPEN) {
            jdbc.sql("INSERT INTO ballot_buffer (round_id, answers, channel) VALUES (:r, CAST(:a AS jsonb), 'PAPER')")
                    .param("r", roundId)
                    .param("a", stored)
                    .update();
            return counts(round);
        }
        jdbc.sql("INSERT INTO ballot_response (id, round_id, answers, channel) VALUES (gen_random_uuid(), :r,"
                        + " CAST(:a AS jsonb), 'PAPER')")
                .param("r", roundId)
                .param("a", stored)
                .update();
        jdbc.sql("UPDATE ballot_round SET responses = responses + 1 WHERE id = :r")
                .param("r", roundId)
                .update();
        int responses = round.responses() + 1;
        if (responses == round.minResponses() && round.campaignId() != null) {
            events.publishEvent(new BallotRoundClosed(
                    roundId,
                    round.title(),
                    round.closedOn(),
                    round.organizationId(),
                    round.campaignId(),
                    actor.username()));
        }
        return counts(rounds.get(roundId, BallotAccess.of(actor)));
    }
}
