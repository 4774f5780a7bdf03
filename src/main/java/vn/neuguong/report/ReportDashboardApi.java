package vn.neuguong.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;

/** The report dashboard as JSON: the same figures the page charts and the workbook lists. */
@Tag(name = "Reports")
@RestController
@RequestMapping("/api/v1/reports")
class ReportDashboardApi {

    private final ReportDashboards dashboards;
    private final Clock clock;

    ReportDashboardApi(ReportDashboards dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @Operation(
            operationId = "getReportDashboard",
            summary = "How the organizations reporting to a node handed over a template's reports over the periods"
                    + " begun (the last eight): per organization, per period with each ratio recomputed from the"
                    + " summed figures, and the reports overdue")
    @GetMapping("/dashboard")
    ReportDashboard dashboard(
            @RequestParam long templateId,
            @RequestParam long organizationId,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return dashboards.of(templateId, organizationId, LocalDate.now(clock), Scope.of(principal.actor()));
    }
}
