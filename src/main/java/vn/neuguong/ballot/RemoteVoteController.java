package vn.neuguong.ballot;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.NotFoundException;

/**
 * The remote voter's page, in the signed-in chain: a voter on the round's roll gets the credential through the
 * blind-credential fragment, then casts it with the questionnaire's form to the session-less {@code /ballot/{code}}
 * (no account travels with the ballot). Anyone else, and any round not open, is answered not found.
 */
@Controller
class RemoteVoteController {

    private final BallotRounds rounds;
    private final JdbcCredentialRoll roll;

    RemoteVoteController(BallotRounds rounds, JdbcCredentialRoll roll) {
        this.rounds = rounds;
        this.roll = roll;
    }

    @GetMapping("/ballot/{code}/remote")
    String page(@PathVariable String code, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var memberId = principal.actor().memberId();
        var round = rounds.findByCode(code)
                .filter(r -> r.status() == BallotRound.Status.OPEN)
                .filter(r -> memberId != null && roll.onRoll(r.id(), memberId))
                .orElseThrow(() -> new NotFoundException("BallotRound", 0));
        model.addAttribute("code", code);
        model.addAttribute("q", rounds.questionnaire(round));
        model.addAttribute("credential", "");
        model.addAttribute("answers", Map.of());
        return "ballot/vote-remote";
    }
}
