package vn.neuguong.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Scope;

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

    /** The board's figures (the same as the page's and the API's) and every organization's statuses. */
    void write(long id, Long organizationId, BoardQuery query, Scope scope, HttpServletResponse response)
            throws IOException {
        var campaign = campaigns.get(id, scope);
        var computed = board.compute(campaign, campaigns.requirements(id), organizationId, query, scope);
        long nodeId = computed.node().id();
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"compliance-" + id + "-" + nodeId + ".xlsx\"");
        workbook.write(computed, query, scope, response.getOutputStream());
    }
}
