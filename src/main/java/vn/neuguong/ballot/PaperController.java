package vn.neuguong.ballot;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;
import vn.neuguong.web.UploadedFiles;

/**
 * The counting officers' page of a round's paper ballots, made for a phone: the counts, one form per paper to enter
 * (a rating per leader and criterion, the free-text answers), who received a paper; and the counting report files.
 */
@Controller
@RequestMapping("/ballot-rounds/{id:\\d+}")
class PaperController {

    private final BallotRounds rounds;
    private final PaperBallots paper;
    private final Receipts receipts;
    private final CountingReport report;
    private final MessageSource messages;

    PaperController(
            BallotRounds rounds, PaperBallots paper, Receipts receipts, CountingReport report, MessageSource messages) {
        this.rounds = rounds;
        this.paper = paper;
        this.receipts = receipts;
        this.report = report;
        this.messages = messages;
    }

    @GetMapping("/paper")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var actor = principal.actor();
        var detail = rounds.detail(id, BallotAccess.of(actor));
        model.addAttribute("detail", detail);
        model.addAttribute("round", detail.round());
        model.addAttribute("questionnaire", detail.questionnaire());
        model.addAttribute("paper", paper.counts(detail.round()));
        model.addAttribute(
                "voters",
                receipts.paperVoters(
                        id, actor, PageRequest.of(page, null, Receipts.DEFAULT_PAGE_SIZE, Receipts.MAX_PAGE_SIZE)));
        return "ballot/paper";
    }

    @PostMapping("/paper/counts")
    String counts(
            @PathVariable long id,
            @Valid @ModelAttribute("counts") PaperBallots.CountsInput form,
            BindingResult binding,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                paper.record(id, version == null ? -1 : version, form, principal.actor());
                redirect.addFlashAttribute("notice", "ballot.paper.saved");
                return "redirect:/ballot-rounds/" + id + "/paper";
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
                return "redirect:/ballot-rounds/" + id + "/paper";
            }
        }
        redirect.addFlashAttribute("errors", FormErrors.of(binding, messages, locale));
        var sent = new LinkedHashMap<String, Object>();
        sent.put("issued", form.issued());
        sent.put("returned", form.returned());
        sent.put("invalid", form.invalid());
        redirect.addFlashAttribute("countsForm", sent);
        return "redirect:/ballot-rounds/" + id + "/paper#counts";
    }

    /** One paper's answers: {@code r-<leader>-<criterion>} the rating's position, {@code t-<leader>-<question>}. */
    @PostMapping("/paper/ballots")
    String enter(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var questionnaire = rounds.questionnaire(rounds.get(id, BallotAccess.of(principal.actor())));
        var read = AnswerForm.read(questionnaire, fields);
        try {
            if (!read.malformed().isEmpty()) {
                throw new InvalidInputException(read.malformed().stream()
                        .map(name -> new InvalidInputException.FieldError(name, "validation.invalid"))
                        .toList());
            }
            paper.enter(id, read.answers(), principal.actor());
            redirect.addFlashAttribute("notice", "ballot.paper.ballotSaved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("entryErrors", FormErrors.of(e, messages, locale));
            redirect.addFlashAttribute("entered", new LinkedHashMap<>(fields));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/ballot-rounds/" + id + "/paper#entry";
    }

    @PostMapping("/paper/receipts")
    String tick(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> memberIds,
            @RequestParam boolean received,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var ids = memberIds == null ? List.<Long>of() : memberIds;
            int changed = receipts.tick(
                    id, new BallotInput.Receipts(ids, received), Receipts.Handed.PAPER, principal.actor());
            redirect.addFlashAttribute("notice", Messages.resolve(messages, "ballot.paper.ticked", locale, changed));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("receiptErrors", FormErrors.of(e, messages, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/ballot-rounds/" + id + "/paper#receipts";
    }

    @PostMapping("/paper/receipts/everyone")
    String tickEveryone(
            @PathVariable long id,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            int changed = receipts.tickEveryoneElse(id, Receipts.Handed.PAPER, principal.actor());
            redirect.addFlashAttribute("notice", Messages.resolve(messages, "ballot.paper.ticked", locale, changed));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/ballot-rounds/" + id + "/paper#receipts";
    }

    @GetMapping("/counting-report.pdf")
    ResponseEntity<InputStreamResource> pdf(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Locale locale) {
        return PaperApi.file(
                CountingReport.filename(id, "pdf"), UploadedFiles.PDF, report.pdf(id, principal.actor(), locale));
    }

    @GetMapping("/counting-report.xlsx")
    ResponseEntity<InputStreamResource> xlsx(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Locale locale) {
        return PaperApi.file(
                CountingReport.filename(id, "xlsx"), UploadedFiles.XLSX, report.xlsx(id, principal.actor(), locale));
    }
}
