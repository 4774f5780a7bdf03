package vn.neuguong.ballot;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.neuguong.ballot.BallotViews.Leader;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.NotFoundException;

/**
 * What the results page shows: the results when the round is closed with its minimum (else only why not, and no
 * figure), and, when the round names a previous one that reached its minimum too, the change of each rating's share
 * in percentage points, per leader (the same member or person) and criterion (the same text).
 */
@Component
class ResultPages {

    private final Results results;
    private final BallotRounds rounds;
    private final StaffRounds staff;

    ResultPages(Results results, BallotRounds rounds, StaffRounds staff) {
        this.results = results;
        this.rounds = rounds;
        this.staff = staff;
    }

    void fill(long roundId, Actor actor, Model model) {
        var round = rounds.find(roundId).orElseThrow(() -> new NotFoundException("BallotRound", roundId));
        try {
            var current = results.of(roundId, actor);
            model.addAttribute("results", current);
            model.addAttribute("changes", changes(round, current, actor));
        } catch (ConflictException e) {
            // Results answers 404 before 409: whoever reaches this may see the round's results once there are any.
            model.addAttribute("results", null);
            model.addAttribute("changes", Map.of());
            model.addAttribute("reason", e.getMessage());
        }
        model.addAttribute("round", round);
        model.addAttribute("manages", manages(roundId, actor));
    }

    private boolean manages(long roundId, Actor actor) {
        try {
            rounds.get(roundId, BallotAccess.of(actor));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * The change from the previous round, keyed {@code leaderId:criterionId:rating label} of this round; empty when
     * there is no previous round or it has too few responses.
     */
    Map<String, BigDecimal> changes(BallotRound round, Results.RoundResults current, Actor actor) {
        Optional<Long> previousId = staff.previousOf(round.id());
        if (previousId.isEmpty()) {
            return Map.of();
        }
        Results.RoundResults before;
        try {
            before = results.of(previousId.get(), actor);
        } catch (ConflictException | NotFoundException e) {
            return Map.of();
        }
        var now = identities(round.id());
        var then = identities(previousId.get());
        var changes = new HashMap<String, BigDecimal>();
        for (var leader : current.leaders()) {
            var same = before.leaders().stream()
                    .filter(l -> Objects.equals(then.get(l.leaderId()), now.get(leader.leaderId())))
                    .findFirst();
            if (same.isEmpty()) {
                continue;
            }
            for (var criterion : leader.criteria()) {
                var earlier = same.get().criteria().stream()
                        .filter(c -> c.text().equals(criterion.text()))
                        .findFirst();
                if (earlier.isEmpty()) {
                    continue;
                }
                for (var share : criterion.shares()) {
                    earlier.get().shares().stream()
                            .filter(s -> s.label().equals(share.label()))
                            .findFirst()
                            .ifPresent(s -> changes.put(
                                    leader.leaderId() + ":" + criterion.criterionId() + ":" + share.label(),
                                    share.percent().subtract(s.percent())));
                }
            }
        }
        return changes;
    }

    /** Who each leader of the round is: {@code M<member id>} or {@code P<person id>}. */
    private Map<Long, String> identities(long roundId) {
        var round = rounds.find(roundId).orElseThrow();
        List<Leader> leaders = rounds.questionnaire(round).leaders();
        var identities = new HashMap<Long, String>();
        leaders.forEach(l -> identities.put(l.id(), l.memberId() != null ? "M" + l.memberId() : "P" + l.personId()));
        return identities;
    }
}
