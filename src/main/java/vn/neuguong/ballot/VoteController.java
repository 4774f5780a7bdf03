package vn.neuguong.ballot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/**
 * The voter's pages of a round, without a session (the ballot security chain): the slip's address
 * {@code /ballot/{code}#c=…} (the code rides in the fragment, which the browser never sends: the page's script posts
 * it, so it lands in no access log) or the short code typed in, the questionnaire, and a receipt saying the ballot
 * was counted and nothing else. Errors keep the answers entered. Nothing here is logged. The older address with the
 * code in the query string ({@code ?c=…}, on slips printed before) still opens the questionnaire.
 */
@Controller
class VoteController {

    private final BallotRounds rounds;
    private final Casting casting;
    private final MessageSource messages;

    VoteController(BallotRounds rounds, Casting casting, MessageSource messages) {
        this.rounds = rounds;
        this.casting = casting;
        this.messages = messages;
    }

    @GetMapping("/ballot/{code}")
    String page(@PathVariable String code, @RequestParam(name = "c", required = false) String credential, Model model) {
        var round = round(code);
        model.addAttribute("code", code);
        model.addAttribute("q", rounds.questionnaire(round));
        model.addAttribute("answers", Map.of());
        if (credential == null || credential.isBlank()) {
            return "ballot/vote-code";
        }
        model.addAttribute("credential", credential.strip());
        return "ballot/vote";
    }

    /** The short code typed in, or read from the slip's fragment by the page's script. */
    @PostMapping("/ballot/{code}/slip")
    String slip(@PathVariable String code, @RequestParam(name = "c", required = false) String credential, Model model) {
        return page(code, credential, model);
    }

    @PostMapping("/ballot/{code}")
    String cast(@PathVariable String code, @RequestParam Map<String, String> form, Model model) {
        var round = round(code);
        var questionnaire = rounds.questionnaire(round);
        String credential = form.getOrDefault("credential", "").strip();
        // a malformed rating is left out: the casting then names the criterion still to answer
        var answers = AnswerForm.read(questionnaire, form).answers();
        var errors = new ArrayList<String>();
        if (credential.isEmpty()) {
            errors.add(message("ballot.vote.credentialMissing"));
        } else {
            try {
                casting.cast(round.id(), new BallotInput.Cast(credential, answers));
                return "redirect:/ballot/" + code + "/counted";
            } catch (InvalidInputException invalid) {
                errors.addAll(describe(invalid, questionnaire));
            } catch (ConflictException conflict) {
                errors.add(message(conflict.getMessage()));
            }
        }
        model.addAttribute("code", code);
        model.addAttribute("q", questionnaire);
        model.addAttribute("credential", credential);
        model.addAttribute("answers", new HashMap<>(form));
        model.addAttribute("errors", errors);
        return "ballot/vote";
    }

    @GetMapping("/ballot/{code}/counted")
    String counted(@PathVariable String code, Model model) {
        model.addAttribute("q", rounds.questionnaire(round(code)));
        return "ballot/vote-counted";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "ballot/vote-unknown";
    }

    private BallotRound round(String code) {
        return rounds.findByCode(code)
                .filter(round -> round.status() != BallotRound.Status.DRAFT)
                .orElseThrow(() -> new NotFoundException("BallotRound", 0));
    }

    /** The casting's field errors in words a voter reads: which leader and criterion a missing rating is. */
    private List<String> describe(InvalidInputException invalid, BallotViews.Questionnaire questionnaire) {
        var out = new ArrayList<String>();
        for (var error : invalid.errors()) {
            if ("ballot.answer.missing".equals(error.message()) && error.rejectedValue() != null) {
                String[] ids = error.rejectedValue().toString().split(":");
                String leader = questionnaire.leaders().stream()
                        .filter(l -> String.valueOf(l.id()).equals(ids[0]))
                        .map(BallotViews.Leader::fullName)
                        .findFirst()
                        .orElse("");
                String criterion = questionnaire.criteria().stream()
                        .filter(c -> String.valueOf(c.id()).equals(ids[1]))
                        .map(BallotViews.Criterion::text)
                        .findFirst()
                        .orElse("");
                out.add(message("ballot.vote.missing", leader, criterion));
            } else if ("credential".equals(error.field())) {
                out.add(message("ballot.vote.credentialUnknown"));
            } else {
                out.add(message(error.message()));
            }
        }
        return out;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
