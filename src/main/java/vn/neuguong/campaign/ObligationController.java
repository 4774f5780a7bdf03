package vn.neuguong.campaign;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Messages;

/** The obligations page: what the organizations in the scope owe, and marking one done by hand. */
@Controller
@RequestMapping("/campaigns/obligations")
class ObligationController {

    /** Which obligations the page lists: open ones (the default) or all; kept across "mark done". */
    enum Show {
        OPEN,
        ALL
    }

    private final Campaigns campaigns;
    private final Obligations obligations;
    private final Fulfilments fulfilments;
    private final MessageSource messages;
    private final Clock clock;

    ObligationController(
            Campaigns campaigns,
            Obligations obligations,
            Fulfilments fulfilments,
            MessageSource messages,
            Clock clock) {
        this.campaigns = campaigns;
        this.obligations = obligations;
        this.fulfilments = fulfilments;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String obligations(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(defaultValue = "OPEN") Show show,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        var scope = CampaignController.scope(principal);
        if (campaignId != null) {
            campaigns.get(campaignId, scope);
        }
        LocalDate today = LocalDate.now(clock);
        var filter = new Obligations.Filter(campaignId, organizationId, status, show == Show.OPEN, asOf, today);
        var request = PageRequest.of(page, null, Obligations.DEFAULT_PAGE_SIZE, Obligations.DEFAULT_PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("show", show);
        model.addAttribute("shows", Show.values());
        model.addAttribute("asOf", filter.date());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("obligations", obligations.list(filter, request, scope));
        model.addAttribute("today", today);
        return "campaign/obligations";
    }

    /**
     * One obligation marked done from its own small form, as the page showed it ({@code version}). Success or not,
     * the page comes back with the filters it had, at the row; an error opens that row's form again with what was
     * typed and names the field; a change made meanwhile is named at the top.
     */
    @PostMapping("/{id}/done")
    String markDone(
            @PathVariable long id,
            @Valid @ModelAttribute("done") DoneForm.DoneWithFile form,
            BindingResult binding,
            @RequestParam int version,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(defaultValue = "OPEN") Show show,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        var scope = CampaignController.scope(principal);
        if (!binding.hasErrors()) {
            try {
                fulfilments.markDone(
                        id, version, form.fulfilledOn(), form.note(), upload(form.file()), scope, LocalDate.now(clock));
                redirect.addFlashAttribute("notice", messages.getMessage("campaign.obligation.marked", null, locale));
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
            }
        } else {
            obligations.find(id, scope).orElseThrow(() -> new NotFoundException("Obligation", id));
        }
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("doneErrors", FormErrors.of(binding, messages, locale));
            redirect.addFlashAttribute("failedId", id);
            redirect.addFlashAttribute("failedNote", form.note());
            redirect.addFlashAttribute("failedOn", form.fulfilledOn());
        }
        var back = UriComponentsBuilder.fromPath("/campaigns/obligations")
                .queryParamIfPresent("campaignId", Optional.ofNullable(campaignId))
                .queryParamIfPresent("organizationId", Optional.ofNullable(organizationId))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("show", show == Show.OPEN ? Optional.empty() : Optional.of(show))
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf))
                .queryParamIfPresent("page", page > 1 ? Optional.of(page) : Optional.empty())
                .fragment("obligation-" + id)
                .encode()
                .build()
                .toUriString();
        return "redirect:" + back;
    }

    @GetMapping("/{id}/attachment")
    ResponseEntity<InputStreamResource> attachment(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var file = obligations
                .attachment(id, CampaignController.scope(principal))
                .orElseThrow(() -> new NotFoundException("File", id));
        return Downloads.attachment(file.name(), null, -1, file.content());
    }

    static Fulfilments.Upload upload(MultipartFile file) throws IOException {
        return file == null || file.isEmpty()
                ? null
                : new Fulfilments.Upload(file.getOriginalFilename(), file.getInputStream());
    }
}
