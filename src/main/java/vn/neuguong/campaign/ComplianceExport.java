package vn.neuguong.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.NotFoundException;

/** The compliance board of a campaign at a node, written as a workbook to the response; for the page and the API. */
@Component
class ComplianceExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Campaigns campaigns;
    private final ComplianceBoard board;
    private final ComplianceWorkbook workbook;

    ComplianceExport(Campaigns campaigns, ComplianceBoard board, ComplianceWorkbook workbook) {
        this.campaigns = campaigns;
        this.board = board;
        this.workbook = workbook;
    }

    void write(
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
}
