package vn.neuguong.study;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The member's "my study file" pages, the secretary's list of the cell and review, the exports. */
@Controller
@RequestMapping("/study")
class StudyController {

    private final StudyFiles files;
    private final StudyWork work;
    private final StudyReviews reviews;
    private final StudyExport export;
    private final MessageSource messages;
    private final Clock clock;

    StudyController(
            StudyFiles files,
            StudyWork work,
            StudyReviews reviews,
            StudyExport export,
            MessageSource messages,
            Clock clock) {
        this.files = files;
        this.work = work;
        this.reviews = reviews;
        this.export = export;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String mine(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var actor = principal.actor();
        var today = LocalDate.now(clock);
        model.addAttribute(
                "rows", actor.memberId() == null ? java.util.List.of() : files.mine(actor.memberId(), today));
        var scope = Scope.of(actor);
        model.addAttribute(
                "cells",
                actor.secretaryCellIds().stream()
                        .map(cell -> new CellChoice(cell, files.cellName(cell, scope), files.campaignsOf(cell, scope)))
                        .toList());
        return "study/mine";
    }

    record CellChoice(long cellId, String cellName, java.util.List<StudyFiles.CampaignChoice> campaigns) {}

    @GetMapping("/campaigns/{campaignId}")
    String own(@PathVariable long campaignId, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var file = StudyPages.own(files, campaignId, principal.actor());
        return ownPage(file, StudyPages.draftOf(file), model);
    }

    @PostMapping("/campaigns/{campaignId}")
    String save(
            @PathVariable long campaignId,
            @Valid @ModelAttribute("form") StudyInput.Draft form,
            BindingResult binding,
            @RequestParam int version,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(name = "file", required = false) MultipartFile upload,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var file = StudyPages.own(files, campaignId, principal.actor());
        boolean submit = "submit".equals(action);
        if (binding.hasErrors()) {
            FormErrors.reject(binding, form.problems(submit, file.attachmentName() != null || upload != null));
        } else {
            try {
                work.save(
                        campaignId,
                        version,
                        form,
                        StudyApi.upload(upload),
                        principal.actor().memberId(),
                        submit,
                        LocalDate.now(clock));
                return "redirect:/study/campaigns/" + campaignId;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
                file = StudyPages.own(files, campaignId, principal.actor());
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return ownPage(file, form, model);
    }

    @PostMapping("/campaigns/{campaignId}/assessment")
    String assess(
            @PathVariable long campaignId,
            @Valid @ModelAttribute("assessment") StudyInput.Assessment form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var file = StudyPages.own(files, campaignId, principal.actor());
        if (!binding.hasErrors()) {
            try {
                work.assess(campaignId, version, form, principal.actor().memberId(), LocalDate.now(clock));
                return "redirect:/study/campaigns/" + campaignId;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return ownPage(file, StudyPages.draftOf(file), model);
    }

    private String ownPage(StudyFile file, StudyInput.Draft form, Model model) {
        int lines =
                Math.max(3, (form.commitments() == null ? 0 : form.commitments().size()) + 1);
        model.addAttribute("file", file);
        model.addAttribute("form", StudyPages.withRoom(form, lines));
        model.addAttribute("submissions", files.submissions(file.id()));
        return "study/file";
    }

    @GetMapping("/cells/{cellId}")
    String cell(
            @PathVariable long cellId,
            @RequestParam long campaignId,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = Scope.of(principal.actor());
        var request = PageRequest.of(page, null, StudyFiles.DEFAULT_PAGE_SIZE, StudyFiles.MAX_PAGE_SIZE);
        var campaign = files.campaignsOf(cellId, scope).stream()
                .filter(c -> c.campaignId() == campaignId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
        model.addAttribute("cellId", cellId);
        model.addAttribute("cellName", files.cellName(cellId, scope));
        model.addAttribute("campaign", campaign);
        model.addAttribute("rows", files.ofCell(cellId, campaignId, scope, request, LocalDate.now(clock)));
        return "study/cell";
    }

    @GetMapping("/cells/{cellId}/export")
    ResponseEntity<InputStreamResource> export(
            @PathVariable long cellId,
            @RequestParam long campaignId,
            @RequestParam String format,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        return StudyPages.export(export, cellId, campaignId, format, Scope.of(principal.actor()), locale);
    }

    @GetMapping("/files/{id}")
    String file(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var file = files.get(id, StudyAccess.of(principal.actor()));
        return reviewPage(file, new StudyInput.Review(null, null), principal, model);
    }

    @PostMapping("/files/{id}/review")
    String review(
            @PathVariable long id,
            @Valid @ModelAttribute("review") StudyInput.Review form,
            BindingResult binding,
            @RequestParam int version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                reviews.review(id, version, form, principal.actor(), LocalDate.now(clock));
                return "redirect:/study/files/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return reviewPage(files.get(id, StudyAccess.of(principal.actor())), form, principal, model);
    }

    private String reviewPage(StudyFile file, StudyInput.Review form, ActorPrincipal principal, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("review", form);
        model.addAttribute("submissions", files.submissions(file.id()));
        model.addAttribute(
                "canReview",
                StudyReviews.reviews(file, principal.actor()) && file.status() == StudyFile.Status.SUBMITTED);
        return "study/review";
    }

    @GetMapping("/files/{id}/attachment")
    ResponseEntity<InputStreamResource> attachment(
            @PathVariable long id,
            @RequestParam(required = false) Integer number,
            @AuthenticationPrincipal ActorPrincipal principal) {
        files.get(id, StudyAccess.of(principal.actor()));
        var stored = files.attachment(id, number).orElseThrow(() -> new NotFoundException("Attachment", id));
        return StudyApi.download(stored, files.open(stored));
    }
}
