package vn.neuguong.campaign;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Htmx;
import vn.neuguong.web.Messages;

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
    private final JsonMapper json;
    private final Clock clock;

    CampaignController(
            Campaigns campaigns,
            Obligations obligations,
            ComplianceBoard board,
            ComplianceWorkbook workbook,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.campaigns = campaigns;
        this.obligations = obligations;
        this.board = board;
        this.workbook = workbook;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        model.addAttribute("campaigns", campaigns.list(scope(principal)));
        model.addAttribute("canCreate", canCreate(principal));
        return "campaign/list";
    }

    /** Creating takes a committee in the scope to own the campaign; a member or a cell's secretary has none. */
    private boolean canCreate(ActorPrincipal principal) {
        return !campaigns.committeesInScope(scope(principal)).isEmpty();
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        if (!canCreate(principal)) {
            throw new AccessDeniedException("campaign.new.notAllowed");
        }
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
            int count = campaigns.launch(id, scope(principal), today());
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
            var created = campaigns.cascade(id, form, scope(principal), today());
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

    /** Which obligations the page lists: open ones (the default) or all; kept across "mark done". */
    enum Show {
        OPEN,
        ALL
    }

    @GetMapping("/obligations")
    String obligations(
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) ObligationStatus status,
            @RequestParam(defaultValue = "OPEN") Show show,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        if (campaignId != null) {
            campaigns.get(campaignId, scope(principal));
        }
        var filter = new Obligations.Filter(
                campaignId,
                organizationId,
                status,
                show == Show.OPEN,
                asOf,
                today(),
                Math.max(page, 1),
                OBLIGATIONS_PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("show", show);
        model.addAttribute("shows", Show.values());
        model.addAttribute("asOf", filter.date());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("obligations", obligations.list(filter, scope(principal)));
        model.addAttribute("today", today());
        return "campaign/obligations";
    }

    /**
     * One obligation marked done from its own small form. Success or not, the page comes back with the filters it
     * had, at the row; an error opens that row's form again with what was typed and names the field.
     */
    @PostMapping("/obligations/{id}/done")
    String markDone(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fulfilledOn,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile file,
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
        try {
            obligations.markDone(id, fulfilledOn, note, upload(file), scope(principal), today());
            redirect.addFlashAttribute("notice", messages.getMessage("campaign.obligation.marked", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("doneErrors", errors(e, locale));
            redirect.addFlashAttribute("failedId", id);
            redirect.addFlashAttribute("failedNote", note);
            redirect.addFlashAttribute("failedOn", fulfilledOn);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", Messages.resolve(messages, e.getMessage(), locale));
        }
        var back = UriComponentsBuilder.fromPath("/campaigns/obligations")
                .queryParamIfPresent("campaignId", java.util.Optional.ofNullable(campaignId))
                .queryParamIfPresent("organizationId", java.util.Optional.ofNullable(organizationId))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent(
                        "show", show == Show.OPEN ? java.util.Optional.empty() : java.util.Optional.of(show))
                .queryParamIfPresent("asOf", java.util.Optional.ofNullable(asOf))
                .queryParamIfPresent("page", page > 1 ? java.util.Optional.of(page) : java.util.Optional.empty())
                .fragment("obligation-" + id)
                .encode()
                .build()
                .toUriString();
        return "redirect:" + back;
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
            Model model,
            Locale locale) {
        var scope = scope(principal);
        var campaign = campaigns.get(id, scope);
        var computed = board.compute(
                campaign,
                campaigns.requirements(id),
                organizationId,
                asOf == null ? today() : asOf,
                overdueOnly,
                scope);
        model.addAttribute("board", computed);
        model.addAttribute("chart", json.writeValueAsString(BoardChart.of(computed, messages, locale)));
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
                campaigns,
                board,
                workbook,
                id,
                organizationId,
                asOf == null ? today() : asOf,
                overdueOnly,
                scope(principal),
                response,
                locale);
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
                asOf,
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

    private LocalDate today() {
        return LocalDate.now(clock);
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
        return Scope.of(principal.actor());
    }
}
