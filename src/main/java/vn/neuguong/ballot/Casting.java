package vn.neuguong.ballot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.ballot.BallotInput.Answers;
import vn.neuguong.ballot.BallotViews.Questionnaire;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * Casts a ballot without a session. In one transaction: the round is read under a share lock (its questionnaire
 * cannot change, nor can it close, meanwhile), every answer is checked, the credential is consumed (a slip's row
 * turned {@code consumed} only where it was not, or a verified credential's hash inserted into the spent table,
 * whose key refuses a second) and the answers are appended to the round's buffer. Any error keeps nothing and the
 * credential stays good. Nothing here is logged or audited: the ballot row has a random key, the round and the
 * answers, and the credential row that turned consumed in the same transaction belongs to no one.
 */
@Component
class Casting {

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final List<CredentialVerifier> verifiers;
    private final JsonMapper json;
    private final Clock clock;

    Casting(JdbcClient jdbc, BallotRounds rounds, List<CredentialVerifier> verifiers, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.verifiers = verifiers;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    void cast(long roundId, BallotInput.Cast cast) {
        var round = jdbc.sql("SELECT " + BallotRound.COLUMNS + " FROM ballot_round r WHERE r.id = :id FOR SHARE")
                .param("id", roundId)
                .query(BallotRounds.ROUND)
                .optional()
                .orElseThrow(() -> new NotFoundException("BallotRound", roundId));
        if (!round.acceptsAt(clock.instant())) {
            throw new ConflictException("ballot.round.notOpen");
        }
        var questionnaire = rounds.questionnaire(round);
        var errors = problems(questionnaire, cast.answers());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        consume(roundId, cast.credential());
        jdbc.sql("INSERT INTO ballot_buffer (round_id, answers) VALUES (:r, CAST(:a AS jsonb))")
                .param("r", roundId)
                .param("a", json.writeValueAsString(canonical(cast.answers())))
                .update();
    }

    private void consume(long roundId, String credential) {
        String code = Credentials.normalize(credential);
        if (Credentials.looksLikeSlip(code)) {
            byte[] hash = Credentials.hash(code);
            String column = code.length() == Credentials.LONG_LENGTH ? "hash" : "short_hash";
            int consumed = jdbc.sql("UPDATE ballot_credential SET consumed = true WHERE " + column
                            + " = :h AND round_id = :r AND NOT consumed")
                    .param("h", hash)
                    .param("r", roundId)
                    .update();
            if (consumed == 1) {
                return;
            }
            boolean used = jdbc.sql("SELECT EXISTS (SELECT 1 FROM ballot_credential WHERE " + column
                            + " = :h AND round_id = :r)")
                    .param("h", hash)
                    .param("r", roundId)
                    .query(Boolean.class)
                    .single();
            if (used) {
                throw new ConflictException("ballot.credential.used");
            }
            throw new InvalidInputException("credential", "ballot.credential.unknown");
        }
        for (var verifier : verifiers) {
            var spent = verifier.verify(roundId, credential);
            if (spent.isPresent()) {
                int inserted = jdbc.sql(
                                "INSERT INTO ballot_spent (round_id, hash) VALUES (:r, :h) ON CONFLICT DO" + " NOTHING")
                        .param("r", roundId)
                        .param("h", spent.get())
                        .update();
                if (inserted == 0) {
                    throw new ConflictException("ballot.credential.used");
                }
                return;
            }
        }
        throw new InvalidInputException("credential", "ballot.credential.unknown");
    }

    /** Every rule of the answers, each broken one named by its field. */
    static List<FieldError> problems(Questionnaire questionnaire, Answers answers) {
        var errors = new ArrayList<FieldError>();
        Set<Long> leaders = new HashSet<>();
        questionnaire.leaders().forEach(l -> leaders.add(l.id()));
        Set<Long> criteria = new HashSet<>();
        questionnaire.criteria().forEach(c -> criteria.add(c.id()));
        Set<Long> questions = new HashSet<>();
        questionnaire.questions().forEach(q -> questions.add(q.id()));
        var rated = new HashSet<String>();
        var ratings = answers.ratingsOrEmpty();
        for (int i = 0; i < ratings.size(); i++) {
            var rating = ratings.get(i);
            String at = "answers.ratings[" + i + "].";
            if (rating == null
                    || rating.leaderId() == null
                    || rating.criterionId() == null
                    || rating.rating() == null) {
                continue;
            }
            if (!leaders.contains(rating.leaderId())) {
                errors.add(new FieldError(at + "leaderId", "ballot.answer.leaderUnknown"));
            } else if (!criteria.contains(rating.criterionId())) {
                errors.add(new FieldError(at + "criterionId", "ballot.answer.criterionUnknown"));
            } else if (!rated.add(rating.leaderId() + ":" + rating.criterionId())) {
                errors.add(new FieldError(at + "criterionId", "ballot.answer.twice"));
            }
            if (rating.rating() < 1 || rating.rating() > questionnaire.scale().size()) {
                errors.add(new FieldError(at + "rating", "ballot.answer.offScale"));
            }
        }
        for (var leader : questionnaire.leaders()) {
            for (var criterion : questionnaire.criteria()) {
                if (criterion.required() && !rated.contains(leader.id() + ":" + criterion.id())) {
                    errors.add(new FieldError(
                            "answers.ratings", "ballot.answer.missing", null, leader.id() + ":" + criterion.id()));
                }
            }
        }
        var texts = answers.textsOrEmpty();
        var written = new HashSet<String>();
        for (int i = 0; i < texts.size(); i++) {
            var text = texts.get(i);
            String at = "answers.texts[" + i + "].";
            if (text == null || text.leaderId() == null || text.questionId() == null) {
                continue;
            }
            if (!leaders.contains(text.leaderId())) {
                errors.add(new FieldError(at + "leaderId", "ballot.answer.leaderUnknown"));
            } else if (!questions.contains(text.questionId())) {
                errors.add(new FieldError(at + "questionId", "ballot.answer.questionUnknown"));
            } else if (!written.add(text.leaderId() + ":" + text.questionId())) {
                errors.add(new FieldError(at + "questionId", "ballot.answer.twice"));
            }
            if (text.text() != null && text.text().strip().length() > questionnaire.textLimit()) {
                errors.add(new FieldError(at + "text", "ballot.answer.tooLong"));
            }
            if (text.text() != null && text.text().indexOf('\0') >= 0) {
                errors.add(new FieldError(at + "text", "validation.nul"));
            }
        }
        return errors;
    }

    /**
     * The answers as stored: ratings as {@code [leader, criterion, rating]}, texts as {@code [leader, question, text]},
     * empty texts dropped, sorted, so two ballots with the same answers are stored alike whatever order they came in.
     */
    static Map<String, Object> canonical(Answers answers) {
        var ratings = answers.ratingsOrEmpty().stream()
                .map(r -> List.<Object>of(r.leaderId(), r.criterionId(), r.rating()))
                .sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
        var texts = answers.textsOrEmpty().stream()
                .filter(t -> t.text() != null && !t.text().isBlank())
                .map(t -> List.<Object>of(t.leaderId(), t.questionId(), t.text().strip()))
                .sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
        return Map.of("ratings", ratings, "texts", texts);
    }
}
