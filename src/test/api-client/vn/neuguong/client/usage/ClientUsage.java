package vn.neuguong.client.usage;

import java.io.File;
import java.util.List;
import java.util.Map;
import vn.neuguong.client.ApiClient;
import vn.neuguong.client.ApiException;
import vn.neuguong.client.ApiResponse;
import vn.neuguong.client.api.AuditApi;
import vn.neuguong.client.api.CampaignsApi;
import vn.neuguong.client.api.OrganizationsApi;
import vn.neuguong.client.model.AuditPage;
import vn.neuguong.client.model.CampaignDetail;
import vn.neuguong.client.model.Launched;
import vn.neuguong.client.model.Obligation;
import vn.neuguong.client.model.ObligationRow;
import vn.neuguong.client.model.OrganizationNode;
import vn.neuguong.client.model.OrganizationPage;
import vn.neuguong.client.model.PageCampaignRow;
import vn.neuguong.client.model.PageObligationRow;
import vn.neuguong.client.model.Problem;

/**
 * Compiled against the client generated from the OpenAPI document (never run by the build): what an integrator writes
 * must type-check: a page of organizations, an organization's nullable parent, the audit entries' before/after as
 * plain maps, the compliance workbook as a file, a page of campaigns, a campaign's ETag sent back as If-Match to
 * launch it, an obligation's version sent back to mark it done, and an error as a problem document.
 */
final class ClientUsage {

    private ClientUsage() {}

    static void run(String baseUri, String token) throws ApiException {
        var client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        OrganizationPage page = new OrganizationsApi(client).listOrganizations(null, null, null, null, 0, 20);
        OrganizationNode first = page.getItems().get(0);
        Long parentId = first.getParentId();
        String name = first.getName();

        AuditPage audit = new AuditApi(client).listAuditEntries(null, null, null, null, 1);
        Object before = audit.getItems().isEmpty() ? null : audit.getItems().get(0).getBefore();
        Map<?, ?> after = audit.getItems().isEmpty() ? null : (Map<?, ?>) audit.getItems().get(0).getAfter();

        var campaigns = new CampaignsApi(client);
        File workbook = campaigns.exportComplianceBoard(1L, null, null, false);

        PageCampaignRow list = campaigns.listCampaigns(1, 20);
        long campaignId = list.getItems().get(0).getId();
        ApiResponse<CampaignDetail> read = campaigns.getCampaignWithHttpInfo(campaignId);
        String etag = read.getHeaders().get("ETag").get(0);
        Launched launched = campaigns.launchCampaign(campaignId, etag);
        PageObligationRow owed = campaigns.listObligations(campaignId, null, null, true, null, 1, 50);
        ObligationRow row = owed.getItems().get(0);
        Obligation done = campaigns.markObligationDone(
                campaignId, row.getId(), "\"" + row.getVersion() + "\"", "Đã tổ chức hội nghị", null, null);

        Problem problem = new Problem().status(404).title("Not found");
        List<?> errors = problem.getErrors();
        System.out.println(name + parentId + before + after + workbook + errors + launched.getObligations()
                + owed.getTotal() + done.getVersion());
    }
}
