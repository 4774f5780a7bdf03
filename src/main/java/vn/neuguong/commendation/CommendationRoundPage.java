package vn.neuguong.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The round's page, drawn by the round's own requests and by the forms it holds that come back to it with errors (a
 * step on a nomination, a decision): its facts, its nominations (all, or those waiting for a level the reader
 * covers), the steps each reader may take, the decision form for the deciding organization's staff and the decisions.
 */
@Component
class CommendationRoundPage {

    private final Rounds rounds;

    private final Nominations nominations;
    private final Decisions decisions;
    private final NominationChecks checks;
    private final CommendationPageOptions options;
    private final Clock clock;

    CommendationRoundPage(
            Rounds rounds,
            Nominations nominations,
            Decisions decisions,
            NominationChecks checks,
            CommendationPageOptions options,
            Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.decisions = decisions;
        this.checks = checks;
        this.options = options;
        this.clock = clock;
    }

    /** What the list shows: only those waiting for one of the reader's levels, only those of a status. */
    record Filter(boolean waiting, Nomination.Status status, Integer page) {

        static Filter none() {
            return new Filter(false, null, null);
        }
    }

    /** A line of the nominations table; {@code acts}: it waits for a level the reader covers. */
    record Row(Nomination nomination, boolean acts) {}

    /** What a form of the page sent back with its errors: the decision's, or one nomination's step. */
    record Sent(Map<String, String> errors, NominationInput.Decide decision, Long stepFor, String note) {

        static Sent nothing() {
            return new Sent(Map.of(), null, null, null);
        }
    }

    String render(long roundId, Actor actor, Filter filter, Sent sent, Model model) {
        var scope = Scope.of(actor);
        var round = rounds.get(roundId, scope);
        var request = PageRequest.of(filter.page(), null, Rounds.DEFAULT_PAGE_SIZE, Rounds.MAX_PAGE_SIZE);
        Page<Nomination> page = nominations.list(roundId, filter.status(), null, filter.waiting(), scope, request);
        var rows = page.items().stream()
                .map(n -> new Row(n, n.status() == Nomination.Status.PENDING && checks.covers(scope, n.nextId())))
                .toList();
        boolean decides = checks.covers(scope, round.organizationId());
        var today = LocalDate.now(clock);
        model.addAttribute("round", round);
        model.addAttribute("page", page);
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", List.of(Nomination.Status.values()));
        model.addAttribute("open", !round.closesOn().isBefore(today));
        model.addAttribute("nominates", !options.nominators(round, scope).isEmpty());
        model.addAttribute("decides", decides);
        model.addAttribute("decisions", decisions.ofRound(roundId, scope));
        // a step's errors show in its nomination's line only, a decision's above the page and beside its fields
        model.addAttribute("errors", sent.stepFor() == null ? sent.errors() : Map.of());
        model.addAttribute("stepErrors", sent.stepFor() == null ? Map.of() : sent.errors());
        model.addAttribute("stepFor", sent.stepFor());
        model.addAttribute("stepNote", sent.note());
        if (decides) {
            model.addAttribute(
                    "approved",
                    nominations
                            .list(
                                    roundId,
                                    Nomination.Status.APPROVED,
                                    null,
                                    false,
                                    scope,
                                    PageRequest.first(CommendationPageOptions.PICKER_SIZE))
                            .items());
            model.addAttribute("signers", options.signers(round, today));
            model.addAttribute(
                    "decision",
                    sent.decision() != null ? sent.decision() : new NominationInput.Decide(today, null, List.of()));
        }
        return "commendation/round";
    }
}
