package vn.neuguong.commendation;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;

/**
 * Draws the nomination form of a round and the page of one nomination (which holds the same form to change it while
 * it may change), also when a form comes back with its errors.
 */
@Component
class NominationPages {

    private final Rounds rounds;
    private final Nominations nominations;
    private final NominationChecks checks;
    private final CommendationPageOptions options;

    NominationPages(Rounds rounds, Nominations nominations, NominationChecks checks, CommendationPageOptions options) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.checks = checks;
        this.options = options;
    }

    String form(long roundId, Actor actor, NominationForm form, Map<String, String> errors, Model model) {
        var scope = Scope.of(actor);
        var round = rounds.get(roundId, scope);
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        choices(round, scope, model);
        return "commendation/nomination-form";
    }

    String nomination(
            long id,
            Actor actor,
            NominationForm form,
            Map<String, String> errors,
            Map<String, String> revokeErrors,
            Model model) {
        var scope = Scope.of(actor);
        var nomination = nominations.get(id, scope);
        var round = rounds.get(nomination.roundId(), Scope.everything());
        boolean edits = nomination.changeable() && checks.covers(scope, nomination.nominatedById());
        model.addAttribute("n", nomination);
        model.addAttribute("round", round);
        model.addAttribute("edits", edits);
        model.addAttribute(
                "revokes",
                nomination.status() == Nomination.Status.AWARDED
                        && nomination.revokedAt() == null
                        && checks.covers(scope, round.organizationId()));
        model.addAttribute("verifyPath", Certificates.VERIFY_PATH + nomination.code());
        model.addAttribute("errors", errors);
        model.addAttribute("revokeErrors", revokeErrors);
        if (edits) {
            model.addAttribute("form", form != null ? form : NominationForm.of(nomination));
            choices(round, scope, model);
        }
        return "commendation/nomination";
    }

    private void choices(Round round, Scope scope, Model model) {
        model.addAttribute("nominators", options.nominators(round, scope));
        model.addAttribute("collectives", options.collectives(round, scope));
        model.addAttribute("members", options.members(round, scope));
        model.addAttribute("forms", options.forms(round));
        model.addAttribute("evidenceChoices", options.evidence(scope));
        model.addAttribute("kinds", List.of(Nomination.NomineeKind.values()));
    }
}
