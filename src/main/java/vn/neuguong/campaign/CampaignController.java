package vn.neuguong.campaign;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.account.ActorPrincipal;
import vn.neuguong.account.Scope;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.web.ConflictException;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Htmx;
import vn.neuguong.web.InvalidInputException;
import vn.neuguong.web.Messages;
import vn.neuguong.web.NotFoundException;

/** The campaign pages: list, create, launch, cascade, my obligations and the compliance board. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    static final int FORM_ROWS = 8;
    static final int OBLIGATIONS_PAGE_SIZE = 50;
    static final Pattern LINE_ERROR = Pattern.compile("(\\w+)\\[(\\d+)]");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Campaigns campaigns;
    private final Obligations obligations;
    private final ComplianceBoard board;
    private final ComplianceWorkbook workbook;
    private final MessageSource messages;

    CampaignController(
            Campaigns campaigns,
            Obligations obligations,
            ComplianceBoard board,
            ComplianceWorkbook workbook,
            MessageSource messages) {
        this.campaigns = campaigns;
        this.obligations = obligations;
        this.board = board;
        this.workbook = workbook;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("campaigns", campaigns.list(scope(principal)));
        return "campaign/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var rows = new ArrayList<RequirementForm>();
        for (int i = 0; i < FORM_ROWS; i++) {
            rows.add(new RequirementForm(null, null, null, null, null));
        }
        return form(new CampaignForm(null, null, null, null, List.of(), null, null, rows), Map.of(), principal, model);
    }

    @PostMapping
    String create(
            @ModelAttribute CampaignForm form,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        try {
            var campaign = campaigns.create(form, scope(principal));
            return "redirect:/campaigns/" + campaign.id();
        } catch (InvalidInputException e) {
            return form(padded(form), lineErrors(errors(e, locale)), principal, model);
        }
    }

    private String form(CampaignForm form, Map<String, String> errors, ActorPrincipal principal, Model model) {
        var scope = scope(principal);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("documents", campaigns.documentsIssuedInScope(scope));
        model.addAttribute("committees", campaigns.committeesInScope(scope));
        model.addAttribute("kinds", ObligationKind.values());
        model.addAttribute("levels", AppliesTo.values());
        return "campaign/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("detail", campaigns.detail(id, scope(principal)));
        return "campaign/detail";
    }

    @PostMapping("/{id}/launch")
    String launch(
            @PathVariable long id,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            int count = campaigns.launch(id, scope(principal), LocalDate.now());
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("campaign.launched", new Object[] {count}, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/campaigns/" + id;
    }

    @GetMapping("/{id}/cascade")
    String cascadeForm(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var detail = campaigns.detail(id, scope(principal));
        var rows = new ArrayList<RequirementForm>();
        detail.requirements()
                .forEach(r -> rows.add(new RequirementForm(r.kind(), r.appliesTo(), r.dueOn(), r.label(), r.id())));
        return cascade(id, new CascadeForm(null, null, padded(rows)), Map.of(), principal, model);
    }

    @PostMapping("/{id}/cascade")
    String cascade(
            @PathVariable long id,
            @ModelAttribute CascadeForm form,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var created = campaigns.cascade(id, form, scope(principal), LocalDate.now());
            long count = campaigns.detail(created.id(), scope(principal)).obligationCount();
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("campaign.launched", new Object[] {count}, locale));
            return "redirect:/campaigns/" + created.id();
        } catch (InvalidInputException e) {
            var rows = form.requirements() == null ? new ArrayList<RequirementForm>() : form.requirements();
            return cascade(
                    id,
                    new CascadeForm(form.organizationId(), form.planDocumentId(), padded(rows)),
                    lineErrors(errors(e, locale)),
                    principal,
                    model);
        } catch (ConflictException e) {
            return cascade(
                    id,
                    form,
                    Map.of("organizationId", Messages.resolve(messages, e.getMessage(), locale)),
                    principal,
                    model);
        }
    }

    private String cascade(
            long id, CascadeForm form, Map<String, String> errors, ActorPrincipal principal, Model model) {
        var scope = scope(principal);
        var detail = campaigns.detail(id, scope);
        model.addAttribute("detail", detail);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("documents", campaigns.documentsIssuedInScope(scope));
        model.addAttribute(
                "committees",
                campaigns.committeesInScope(scope).stream()
                        .filter(o -> o.id() != detail.campaign().ownerId())
                        .toList());
        model.addAttribute("kinds", ObligationKind.values());
        model.addAttribute("levels", AppliesTo.values());
        return "campaign/cascade";
    }

    @GetMapping("/obligations")
    String obligations(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        if (campaignId != null) {
            campaigns.get(campaignId, scope(principal));
        }
        var filter = new Obligations.Filter(
                campaignId, organizationId, status, asOf, Math.max(page, 1), OBLIGATIONS_PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("asOf", filter.date());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("obligations", obligations.list(filter, scope(principal)));
        model.addAttribute("today", LocalDate.now());
        return "campaign/obligations";
    }

    @PostMapping("/obligations/{id}/done")
    String markDone(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fulfilledOn,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Long campaignId,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        try {
            obligations.markDone(id, fulfilledOn, note, upload(file), scope(principal), LocalDate.now());
            redirect.addFlashAttribute("notice", messages.getMessage("campaign.obligation.marked", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("doneErrors", errors(e, locale));
            redirect.addFlashAttribute("failedId", id);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        return "redirect:/campaigns/obligations" + (campaignId == null ? "" : "?campaignId=" + campaignId);
    }

    @GetMapping("/obligations/{id}/attachment")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> attachment(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var file = obligations.attachment(id, scope(principal)).orElseThrow(() -> new NotFoundException("File", id));
        return vn.neuguong.web.Downloads.attachment(file.name(), null, -1, file.content());
    }

    @GetMapping("/{id}/compliance")
    String compliance(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletRequest request,
            Model model) {
        var scope = scope(principal);
        var campaign = campaigns.get(id, scope);
        model.addAttribute(
                "board",
                board.compute(
                        campaign,
                        campaigns.requirements(id),
                        organizationId,
                        asOf == null ? LocalDate.now() : asOf,
                        overdueOnly,
                        scope));
        return Htmx.view(request, "campaign/board", "board");
    }

    @GetMapping("/{id}/compliance.xlsx")
    void export(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        exportBoard(
                campaigns, board, workbook, id, organizationId, asOf, overdueOnly, scope(principal), response, locale);
    }

    static void exportBoard(
            Campaigns campaigns,
            ComplianceBoard board,
            ComplianceWorkbook workbook,
            long id,
            Long organizationId,
            LocalDate asOf,
            boolean overdueOnly,
            Scope scope,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        var campaign = campaigns.get(id, scope);
        long nodeId = organizationId == null ? board.defaultNode(campaign, scope) : organizationId;
        var node = board.node(nodeId, scope).orElseThrow(() -> new NotFoundException("Organization", nodeId));
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"compliance-" + id + "-" + nodeId + ".xlsx\"");
        workbook.write(
                campaign,
                campaigns.requirements(id),
                node,
                asOf == null ? LocalDate.now() : asOf,
                overdueOnly,
                scope,
                locale,
                response.getOutputStream());
    }

    static Obligations.Upload upload(MultipartFile file) throws IOException {
        return file == null || file.isEmpty()
                ? null
                : new Obligations.Upload(file.getOriginalFilename(), file.getInputStream());
    }

    private Map<String, String> errors(InvalidInputException e, Locale locale) {
        return FormErrors.of(e, messages, locale);
    }

    /**
     * The errors of requirement lines under the names of their controls: {@code kind[0]} is
     * {@code requirements[0].kind}. A line's parent is the hidden part of the line its kind shows, so its error goes
     * with the kind.
     */
    static Map<String, String> lineErrors(Map<String, String> errors) {
        var named = new LinkedHashMap<String, String>();
        errors.forEach((key, text) -> {
            var line = LINE_ERROR.matcher(key);
            String name = !line.matches()
                    ? key
                    : "requirements[" + line.group(2) + "]."
                            + (line.group(1).equals("parentRequirementId") ? "kind" : line.group(1));
            named.merge(name, text, (a, b) -> a + "; " + b);
        });
        return named;
    }

    private static CampaignForm padded(CampaignForm form) {
        var rows = form.requirements() == null ? new ArrayList<RequirementForm>() : form.requirements();
        return new CampaignForm(
                form.title(),
                form.theme(),
                form.directingDocumentId(),
                form.ownerId(),
                form.targetIds() == null ? List.of() : form.targetIds(),
                form.startsOn(),
                form.endsOn(),
                padded(rows));
    }

    private static List<RequirementForm> padded(List<RequirementForm> rows) {
        var padded = new ArrayList<RequirementForm>();
        rows.stream().filter(r -> r != null && !r.isBlank()).forEach(padded::add);
        while (padded.size() < FORM_ROWS) {
            padded.add(new RequirementForm(null, null, null, null, null));
        }
        return padded;
    }

    private static Scope scope(ActorPrincipal principal) {
        return principal.actor().scope();
    }
}
