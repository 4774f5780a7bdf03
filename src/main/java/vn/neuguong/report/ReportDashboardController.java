package vn.neuguong.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;

/**
 * The report dashboard of a template at a node: the page with its three charts and their tables, and the same tables
 * as a workbook.
 */
@Controller
@RequestMapping("/reports")
class ReportDashboardController {

    private final ReportDashboards dashboards;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    ReportDashboardController(ReportDashboards dashboards, MessageSource messages, JsonMapper json, Clock clock) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @RequestParam long templateId,
            @RequestParam long organizationId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale) {
        var dashboard = read(templateId, organizationId, principal);
        model.addAttribute("d", dashboard);
        model.addAttribute(
                "chart", ReportDashboardChart.of(dashboard, messages, locale).json(json));
        return "report/dashboard";
    }

    @GetMapping("/dashboard.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam long templateId,
            @RequestParam long organizationId,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        var dashboard = read(templateId, organizationId, principal);
        String filename = "report-dashboard-" + templateId + "-" + organizationId + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReportDashboardWorkbook.XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new ReportDashboardWorkbook(messages, locale).write(dashboard));
    }

    private ReportDashboard read(long templateId, long organizationId, ActorPrincipal principal) {
        return dashboards.of(templateId, organizationId, LocalDate.now(clock), Scope.of(principal.actor()));
    }
}
