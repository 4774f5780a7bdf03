package vn.neuguong.campaign;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.Htmx;

/** The compliance board of a campaign, as a page (with its htmx partial) and as a workbook. */
@Controller
@RequestMapping("/campaigns/{id}")
class ComplianceController {

    /** The obligations ticked by hand the page lists at a time. */
    static final int HAND_TICKED_PAGE = 20;

    private final Campaigns campaigns;
    private final ComplianceBoard board;
    private final ComplianceExport export;
    private final HandTicked handTicked;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    ComplianceController(
            Campaigns campaigns,
            ComplianceBoard board,
            ComplianceExport export,
            HandTicked handTicked,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.campaigns = campaigns;
        this.board = board;
        this.export = export;
        this.handTicked = handTicked;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/compliance")
    String compliance(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @RequestParam(defaultValue = "ALL") BoardQuery.Units units,
            @RequestParam(required = false) Integer handPage,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        var scope = CampaignController.scope(principal);
        var campaign = campaigns.get(id, scope);
        var pageRequest = PageRequest.of(handPage, null, HAND_TICKED_PAGE, HAND_TICKED_PAGE);
        var query = new BoardQuery(asOf == null ? LocalDate.now(clock) : asOf, overdueOnly, period, units, locale);
        var computed = board.compute(campaign, campaigns.requirements(id), organizationId, query, scope);
        model.addAttribute("board", computed);
        model.addAttribute("handTicked", handTicked.list(id, computed.node(), query, scope, pageRequest));
        model.addAttribute("chart", json.writeValueAsString(BoardChart.of(computed, messages, locale)));
        return Htmx.view(request, "campaign/board", "board");
    }

    @GetMapping("/compliance.xlsx")
    void export(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @RequestParam(defaultValue = "ALL") BoardQuery.Units units,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        var query = new BoardQuery(asOf == null ? LocalDate.now(clock) : asOf, overdueOnly, period, units, locale);
        export.write(id, organizationId, query, CampaignController.scope(principal), response);
    }
}
