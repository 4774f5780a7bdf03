package vn.neuguong.client.usage;

import java.io.File;
import java.util.List;
import java.util.Map;
import vn.neuguong.client.ApiClient;
import vn.neuguong.client.ApiException;
import vn.neuguong.client.ApiResponse;
import vn.neuguong.client.api.AuditApi;
import vn.neuguong.client.api.CampaignsApi;
import vn.neuguong.client.api.DocumentsApi;
import vn.neuguong.client.api.MembersApi;
import vn.neuguong.client.api.OrganizationsApi;
import vn.neuguong.client.api.StudyApi;
import vn.neuguong.client.model.BasisLink;
import vn.neuguong.client.model.BodyComposition;
import vn.neuguong.client.model.CampaignDetail;
import vn.neuguong.client.model.DocumentView;
import vn.neuguong.client.model.Launched;
import vn.neuguong.client.model.Member;
import vn.neuguong.client.model.MemberInput;
import vn.neuguong.client.model.Obligation;
import vn.neuguong.client.model.ObligationRow;
import vn.neuguong.client.model.Organization;
import vn.neuguong.client.model.OrganizationNode;
import vn.neuguong.client.model.PageAuditEntry;
import vn.neuguong.client.model.PageCampaignRow;
import vn.neuguong.client.model.PageDocumentView;
import vn.neuguong.client.model.PageMember;
import vn.neuguong.client.model.PageObligationRow;
import vn.neuguong.client.model.PageOrganizationNode;
import vn.neuguong.client.model.Problem;
import vn.neuguong.client.model.StudyFile;
import vn.neuguong.client.model.Update;

/**
 * Compiled against the client generated from the OpenAPI document (never run by the build): what an integrator writes
 * must type-check: a page of organizations, an organization's nullable parent, an edit with the ETag read as
 * If-Match, a committee's standing committee, the audit entries' before/after as plain maps, the compliance workbook as a file, a page of members and
 * a change of one on the version read (If-Match), a page of documents (pages from 1) and a basis named by its number
 * with the issuer and term that make the number one document's, a page of campaigns, a campaign's ETag sent back as
 * If-Match to launch it, an obligation's version sent back to mark it done, and an error as a problem document.
 */
final class ClientUsage {

    private ClientUsage() {}

    static void run(String baseUri, String token) throws ApiException {
        var client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        var organizationsApi = new OrganizationsApi(client);
        PageOrganizationNode page = organizationsApi.listOrganizations(null, null, null, null, 1, 20);
        OrganizationNode first = page.getItems().get(0);
        Long parentId = first.getParentId();
        String name = first.getName();

        // An edit names the version it was made from: the ETag of GET, sent back as If-Match.
        var read = organizationsApi.getOrganizationWithHttpInfo(first.getId());
        String etag = read.getHeaders().get("ETag").get(0);
        Organization corrected = organizationsApi.updateOrganization(
                first.getId(), etag, new Update().levelLabel(read.getData().getLevelLabel()).code("QU"));

        // A committee's standing committee on a day: its members by rank, each with the post that seats them.
        BodyComposition standing = organizationsApi.getCommitteeBody(first.getId(), "standing-committee", null);
        String secretary = standing.getMembers().isEmpty() ? null : standing.getMembers().get(0).getFullName();

        PageAuditEntry audit = new AuditApi(client).listAuditEntries(null, null, null, null, 1, 50);
        Object before = audit.getItems().isEmpty() ? null : audit.getItems().get(0).getBefore();
        Map<?, ?> after = audit.getItems().isEmpty() ? null : (Map<?, ?>) audit.getItems().get(0).getAfter();

        var campaigns = new CampaignsApi(client);
        File workbook = campaigns.exportComplianceBoard(1L, null, null, false);

        PageCampaignRow list = campaigns.listCampaigns(1, 20);
        long campaignId = list.getItems().get(0).getId();
        ApiResponse<CampaignDetail> campaign = campaigns.getCampaignWithHttpInfo(campaignId);
        String campaignEtag = campaign.getHeaders().get("ETag").get(0);
        Launched launched = campaigns.launchCampaign(campaignId, campaignEtag);
        PageObligationRow owed = campaigns.listObligations(campaignId, null, null, true, null, 1, 50);
        ObligationRow row = owed.getItems().get(0);
        Obligation done = campaigns.markObligationDone(
                campaignId, row.getId(), "\"" + row.getVersion() + "\"", "Đã tổ chức hội nghị", null, null);

        var membersApi = new MembersApi(client);
        PageMember members = membersApi.listMembers("nguyen", null, null, 1, 20);
        Member member = members.getItems().get(0);
        String memberEtag = membersApi
                .getMemberWithHttpInfo(member.getId())
                .getHeaders()
                .get("ETag")
                .get(0);
        Member changed = membersApi.updateMember(
                member.getId(),
                memberEtag,
                new MemberInput().fullName(member.getFullName()).partyCardNo(member.getPartyCardNo()));

        var documents = new DocumentsApi(client);
        PageDocumentView plans = documents.searchDocuments(null, "347-KH/QU", "KH", null, null, null, null, 1, 20);
        DocumentView plan = plans.getItems().get(0);
        DocumentView basis = documents.findDocumentByNumber("284-KH/TU", plan.getIssuerId(), plan.getTermId(), null);
        documents.linkDocumentBasis(
                plan.getId(),
                new BasisLink().number(basis.getNumber()).issuerId(basis.getIssuerId()).termId(basis.getTermId()));
        long documentsInAll = plans.getTotal();

        // A member's study file: the ETag read sent back as If-Match to hand it in; the secretary's review of it.
        var study = new StudyApi(client);
        var own = study.getMyStudyFileWithHttpInfo(campaignId);
        StudyFile handedIn = study.submitMyStudyFile(
                campaignId,
                own.getHeaders().get("ETag").get(0),
                new vn.neuguong.client.model.StudyDraft().reflectionHtml("<p>Bài thu hoạch</p>"));
        int reviews = study.listStudySubmissions(handedIn.getId()).size();
        File reflections = study.exportCellReflections(handedIn.getCellId(), campaignId, "pdf");

        Problem problem = new Problem().status(404).title("Not found");
        List<?> errors = problem.getErrors();
        System.out.println(name + parentId + secretary + corrected + before + after + workbook + errors + changed.getVersion()
                + documentsInAll + launched.getObligations() + owed.getTotal() + done.getVersion() + reviews + reflections);
    }
}
