package vn.neuguong.ballot;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;
import vn.neuguong.web.TimeConfiguration;
import vn.neuguong.web.UploadedFiles;

/**
 * The page of one round for its staff and what they do on it: open it, print slips, tick receipts, close it, and
 * record the follow-up; and the results page, which a leader assessed reads for himself.
 */
@Controller
@RequestMapping("/ballot-rounds/{id}")
class RoundPages {

    private final BallotRounds rounds;
    private final StaffRounds staff;
    private final RoundDrafts drafts;
    private final Slips slips;
    private final Receipts receipts;
    private final Closing closing;
    private final FollowUps followUps;
    private final ResultPages results;
    private final MessageSource messages;
    private final Clock clock;

    RoundPages(
            BallotRounds rounds,
            StaffRounds staff,
            RoundDrafts drafts,
            Slips slips,
            Receipts receipts,
            Closing closing,
            FollowUps followUps,
            ResultPages results,
            MessageSource messages,
            Clock clock) {
        this.rounds = rounds;
        this.staff = staff;
        this.drafts = drafts;
        this.slips = slips;
        this.receipts = receipts;
        this.closing = closing;
        this.followUps = followUps;
        this.results = results;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var detail = rounds.detail(id, BallotAccess.of(principal.actor()));
        model.addAttribute("detail", detail);
        model.addAttribute("round", detail.round());
        model.addAttribute(
                "previous",
                staff.previousOf(id)
                        .map(p -> rounds.get(p, BallotAccess.of(principal.actor())))
                        .orElse(null));
        model.addAttribute("followUp", followUps.of(id, principal.actor(), today()));
        model.addAttribute("organizations", staff.organizations(vn.neuguong.organization.Scope.of(principal.actor())));
        model.addAttribute("members", staff.members(detail.round().organizationId()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "ballot/round";
    }

    @PostMapping("/opening")
    String open(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        return attempt(id, principal, model, locale, "", () -> drafts.open(id, version, principal.actor()));
    }

    @PostMapping("/slips")
    Object slips(
            @PathVariable long id,
            @RequestParam(required = false) Integer count,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (count == null || count < 1 || count > 2000) {
            model.addAttribute("errors", Map.of("count", Messages.resolve(messages, "ballot.slips.range", locale)));
            return show(id, principal, model);
        }
        try {
            String base =
                    ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
            byte[] pdf = slips.print(id, count, base, principal.actor(), locale);
            ResponseEntity<InputStreamResource> file = Downloads.attachment(
                    "phieu-" + id + ".pdf", UploadedFiles.PDF, pdf.length, new ByteArrayInputStream(pdf));
            return file;
        } catch (ConflictException e) {
            model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            return show(id, principal, model);
        }
    }

    @PostMapping("/closing")
    String close(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        return attempt(id, principal, model, locale, "", () -> closing.close(id, version, principal.actor(), today()));
    }

    @GetMapping("/receipts")
    String receipts(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var round = rounds.get(id, BallotAccess.of(principal.actor()));
        var request = PageRequest.of(page, null, Receipts.DEFAULT_PAGE_SIZE, Receipts.MAX_PAGE_SIZE);
        model.addAttribute("round", round);
        model.addAttribute("voters", receipts.voters(id, principal.actor(), request));
        return "ballot/receipts";
    }

    @PostMapping("/receipts")
    String tick(
            @PathVariable long id,
            @RequestParam long memberId,
            @RequestParam boolean received,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal) {
        receipts.tick(
                id,
                new BallotInput.Receipts(java.util.List.of(memberId), received),
                Receipts.Handed.SLIP,
                principal.actor());
        return "redirect:/ballot-rounds/" + id + "/receipts?page=" + (page == null ? 1 : page) + "#voter-" + memberId;
    }

    @GetMapping("/results")
    String results(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        results.fill(id, principal.actor(), model);
        return "ballot/results";
    }

    @PostMapping("/follow-up/conclusions")
    String conclude(
            @PathVariable long id,
            @RequestParam(required = false) String conclusions,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        return attempt(id, principal, model, locale, "#follow-up", () -> {
            if (conclusions == null || conclusions.isBlank()) {
                throw new InvalidInputException("conclusions", "validation.required");
            }
            followUps.conclude(id, version, new FollowUp.ConclusionInput(conclusions), principal.actor(), today());
        });
    }

    @PostMapping("/follow-up/measures")
    String addMeasure(
            @PathVariable long id,
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) Long ownerOrganizationId,
            @RequestParam(required = false) Long ownerMemberId,
            @RequestParam(required = false) LocalDate dueOn,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        return attempt(id, principal, model, locale, "#follow-up", () -> {
            if (measure == null || measure.isBlank()) {
                throw new InvalidInputException("measure", "validation.required");
            }
            if (dueOn == null) {
                throw new InvalidInputException("dueOn", "validation.required");
            }
            var input = new FollowUp.MeasureInput(measure, ownerOrganizationId, ownerMemberId, dueOn, null, null);
            followUps.add(id, input, principal.actor(), today());
        });
    }

    @PostMapping("/follow-up/measures/{measureId}/done")
    String done(
            @PathVariable long id,
            @PathVariable long measureId,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        rounds.get(id, BallotAccess.of(principal.actor()));
        var m = followUps.measure(id, measureId, today());
        var input = new FollowUp.MeasureInput(
                m.measure(), m.ownerOrganizationId(), m.ownerMemberId(), m.dueOn(), today(), m.note());
        return attempt(
                id,
                principal,
                model,
                locale,
                "#follow-up",
                () -> followUps.change(id, measureId, version, input, principal.actor(), today()));
    }

    /**
     * Does what a button of the round's page asks and goes back to the page ({@code anchor} on it); a refusal is
     * shown on the page, on its field or above the forms, and nothing is done.
     */
    private String attempt(
            long id, ActorPrincipal principal, Model model, Locale locale, String anchor, Runnable action) {
        try {
            action.run();
            return "redirect:/ballot-rounds/" + id + anchor;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
        } catch (ConflictException e) {
            model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return show(id, principal, model);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }
}
