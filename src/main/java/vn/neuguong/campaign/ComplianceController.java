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
import vn.neuguong.web.Htmx;

/** The compliance board of a campaign, as a page (with its htmx partial) and as a workbook. */
@Controller
@RequestMapping("/campaigns/{id}")
class ComplianceController {

    private final Campaigns campaigns;
    private final ComplianceBoard board;
    private final ComplianceExport export;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    ComplianceController(
            Campaigns campaigns,
            ComplianceBoard board,
            ComplianceExport export,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.campaigns = campaigns;
        this.board = board;
        this.export = export;
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
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        var scope = CampaignController.scope(principal);
        var campaign = campaigns.get(id, scope);
        var computed = board.compute(
                campaign,
                campaigns.requirements(id),
                organizationId,
                asOf == null ? LocalDate.now(clock) : asOf,
                overdueOnly,
                scope);
        model.addAttribute("board", computed);
        model.addAttribute("chart", json.writeValueAsString(BoardChart.of(computed, messages, locale)));
        return Htmx.view(request, "campaign/board", "board");
    }

    @GetMapping("/compliance.xlsx")
    void export(
            @PathVariable long id,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        export.write(
                id,
                organizationId,
                asOf == null ? LocalDate.now(clock) : asOf,
                overdueOnly,
                CampaignController.scope(principal),
                response,
                locale);
    }
}
