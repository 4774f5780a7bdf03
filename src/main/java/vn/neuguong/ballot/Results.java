package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.ballot.BallotViews.Leader;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.NotFoundException;

/**
 * The results of a closed round, once it has its minimum of responses: per leader and criterion the count of each
 * rating and its share of those who rated it, over both channels (electronic and paper); the free text in a random
 * order (the responses' random keys); the turnout per channel. The round's staff read every leader's; a leader assessed reads his own; anyone else gets 404.
 */
@Component
class Results {

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final Turnouts turnouts;

    Results(JdbcClient jdbc, BallotRounds rounds, Turnouts turnouts) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.turnouts = turnouts;
    }

    @Schema(name = "BallotResults")
    record RoundResults(
            long roundId,
            String title,
            String periodLabel,
            int responses,
            Turnout turnout,
            List<LeaderResult> leaders) {}

    @Schema(
            name = "BallotTurnout",
            description = "Ballots issued and returned per channel: electronic (slips and remote credentials issued,"
                    + " ballots cast) and paper (the counting officers' counts), and together")
    record Turnout(
            int electronicIssued,
            int electronicReturned,
            int paperIssued,
            int paperReturned,
            int totalIssued,
            int totalReturned,

            @Schema(description = "Paper ballots returned but invalid")
            int paperInvalid,

            @Schema(description = "Valid paper ballots whose answers are entered and counted")
            int paperEntered,

            @Schema(description = "Electronic returned of issued, percent, one decimal")
            BigDecimal electronicPercent,

            @Schema(description = "Paper returned of issued, percent, one decimal")
            BigDecimal paperPercent,

            @Schema(description = "Returned of issued over both channels, percent, one decimal")
            BigDecimal totalPercent) {}

    @Schema(name = "BallotLeaderResult")
    record LeaderResult(
            long leaderId, String fullName, String post, List<CriterionResult> criteria, List<TextResult> texts) {}

    @Schema(name = "BallotCriterionResult")
    record CriterionResult(long criterionId, String text, int answered, List<Share> shares) {}

    @Schema(name = "BallotShare")
    record Share(
            String label,
            int count,

            @Schema(description = "Percent of those who rated, one decimal")
            BigDecimal percent) {}

    @Schema(name = "BallotTextResult")
    record TextResult(long questionId, String question, List<String> answers) {}

    RoundResults of(long roundId, Actor actor) {
        var access = BallotAccess.of(actor);
        var round = rounds.find(roundId).orElseThrow(() -> new NotFoundException("BallotRound", roundId));
        var questionnaire = rounds.questionnaire(round);
        boolean manages = jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM ballot_round r WHERE r.id = :id AND " + access.manages() + ")")
                .param("id", roundId)
                .params(access.parameters())
                .query(Boolean.class)
                .single();
        List<Leader> leaders = manages
                ? questionnaire.leaders()
                : questionnaire.leaders().stream()
                        .filter(l -> l.memberId() != null && l.memberId().equals(actor.memberId()))
                        .toList();
        if (leaders.isEmpty()) {
            throw new NotFoundException("BallotRound", roundId);
        }
        if (round.status() != BallotRound.Status.CLOSED) {
            throw new ConflictException("ballot.results.notClosed");
        }
        int responses = round.responses();
        if (responses < round.minResponses()) {
            throw new ConflictException("ballot.results.tooFew");
        }
        record Count(long leaderId, long criterionId, int rating, int count) {}
        var counts = new HashMap<String, Integer>();
        jdbc.sql("SELECT (x ->> 0)::bigint AS leader_id, (x ->> 1)::bigint AS criterion_id, (x ->> 2)::int AS rating,"
                        + " count(*)::int AS count FROM ballot_response b, jsonb_array_elements(b.answers -> 'ratings') x"
                        + " WHERE b.round_id = :r GROUP BY 1, 2, 3")
                .param("r", roundId)
                .query(Count.class)
                .list()
                .forEach(c -> counts.put(c.leaderId() + ":" + c.criterionId() + ":" + c.rating(), c.count()));
        record Written(long leaderId, long questionId, String text) {}
        var written = jdbc.sql(
                        "SELECT (x ->> 0)::bigint AS leader_id, (x ->> 1)::bigint AS question_id, x ->> 2 AS text"
                                + " FROM ballot_response b, jsonb_array_elements(b.answers -> 'texts') x WHERE b.round_id = :r"
                                + " ORDER BY b.id, 1, 2")
                .param("r", roundId)
                .query(Written.class)
                .list();
        var results = new ArrayList<LeaderResult>();
        for (var leader : leaders) {
            var criteria = new ArrayList<CriterionResult>();
            for (var criterion : questionnaire.criteria()) {
                int answered = 0;
                for (int rating = 1; rating <= round.scale().size(); rating++) {
                    answered += counts.getOrDefault(leader.id() + ":" + criterion.id() + ":" + rating, 0);
                }
                var shares = new ArrayList<Share>();
                for (int rating = 1; rating <= round.scale().size(); rating++) {
                    int count = counts.getOrDefault(leader.id() + ":" + criterion.id() + ":" + rating, 0);
                    shares.add(new Share(round.scale().get(rating - 1), count, percent(count, answered)));
                }
                criteria.add(new CriterionResult(criterion.id(), criterion.text(), answered, shares));
            }
            var texts = new ArrayList<TextResult>();
            for (var question : questionnaire.questions()) {
                var answers = written.stream()
                        .filter(w -> w.leaderId() == leader.id() && w.questionId() == question.id())
                        .map(Written::text)
                        .toList();
                texts.add(new TextResult(question.id(), question.text(), answers));
            }
            results.add(new LeaderResult(leader.id(), leader.fullName(), leader.post(), criteria, texts));
        }
        var turnout = turnouts.of(round);
        return new RoundResults(round.id(), round.title(), round.periodLabel(), responses, turnout, results);
    }

    static BigDecimal percent(int count, int of) {
        return of == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
