package vn.neuguong.client.usage;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.neuguong.client.ApiClient;
import vn.neuguong.client.ApiException;
import vn.neuguong.client.ApiResponse;
import vn.neuguong.client.api.AuditApi;
import vn.neuguong.client.api.CampaignsApi;
import vn.neuguong.client.api.DocumentsApi;
import vn.neuguong.client.api.MeetingMinutesApi;
import vn.neuguong.client.api.MeetingPlansApi;
import vn.neuguong.client.api.MeetingsApi;
import vn.neuguong.client.api.MembersApi;
import vn.neuguong.client.api.OrganizationsApi;
import vn.neuguong.client.api.SupervisionApi;
import vn.neuguong.client.model.Assessment;
import vn.neuguong.client.api.PersonsApi;
import vn.neuguong.client.api.StudyApi;
import vn.neuguong.client.model.BasisLink;
import vn.neuguong.client.model.BodyComposition;
import vn.neuguong.client.model.BridgePoint;
import vn.neuguong.client.model.BridgePointForm;
import vn.neuguong.client.model.Board;
import vn.neuguong.client.model.CampaignDetail;
import vn.neuguong.client.model.OverseerCellRow;
import vn.neuguong.client.model.CampaignForm;
import vn.neuguong.client.model.CountedAct;
import vn.neuguong.client.model.DocumentView;
import vn.neuguong.client.model.Headcount;
import vn.neuguong.client.model.Launched;
import vn.neuguong.client.model.Meeting;
import vn.neuguong.client.model.MeetingDetail;
import vn.neuguong.client.model.MeetingMinutes;
import vn.neuguong.client.model.MeetingPlan;
import vn.neuguong.client.model.MeetingPlanBoard;
import vn.neuguong.client.model.MeetingPlanForm;
import vn.neuguong.client.model.MinutesForm;
import vn.neuguong.client.model.MinutesRevision;
import vn.neuguong.client.model.MinutesTaskRow;
import vn.neuguong.client.model.Member;
import vn.neuguong.client.model.MemberInput;
import vn.neuguong.client.model.Obligation;
import vn.neuguong.client.model.ObligationRow;
import vn.neuguong.client.model.OverseerEnding;
import vn.neuguong.client.model.Organization;
import vn.neuguong.client.model.OrganizationNode;
import vn.neuguong.client.model.Overseer;
import vn.neuguong.client.model.PageAuditEntry;
import vn.neuguong.client.model.PageCampaignRow;
import vn.neuguong.client.model.PageDocumentView;
import vn.neuguong.client.model.PageMeetingRow;
import vn.neuguong.client.model.PageHandTickedObligation;
import vn.neuguong.client.model.PageMember;
import vn.neuguong.client.model.PageObligationRow;
import vn.neuguong.client.model.PageOrganizationNode;
import vn.neuguong.client.model.PagePersonSummary;
import vn.neuguong.client.model.Person;
import vn.neuguong.client.model.PersonDetails;
import vn.neuguong.client.model.PersonInput;
import vn.neuguong.client.model.PersonPost;
import vn.neuguong.client.model.PositionEnd;
import vn.neuguong.client.model.PostInput;
import vn.neuguong.client.model.Problem;
import vn.neuguong.client.model.Review;
import vn.neuguong.client.model.RequirementForm;
import vn.neuguong.client.model.StudyFile;
import vn.neuguong.client.model.Update;

/**
 * Compiled against the client generated from the OpenAPI document (never run by the build): what an integrator writes
 * must type-check: a page of organizations, an organization's nullable parent, an edit with the ETag read as
 * If-Match, a committee's standing committee, the audit entries' before/after as plain maps, the compliance board with its counting rule and the
 * obligations of it ticked by hand, the compliance workbook as a file, a page of members and
 * a change of one on the version read (If-Match), a page of meetings and a bridge point's headcounts reported on its
 * version, a meeting's minutes drafted, changed and approved on the ETags they answer, a page of documents (pages from 1) and a basis named by its number
 * with the issuer and term that make the number one document's, a page of campaigns, a campaign's ETag sent back as
 * If-Match to launch it, an obligation's version sent back to mark it done, a committee's cells with their nullable
 * overseer ended on the ETag read, a meeting assessment reviewed on its version, a yearly theme in a term theme with
 * lines that recur (a window, days after an event, monthly, a quota), the acts counted toward a quota, a person kept with a post and changed on
 * the version read, a cell's monthly meeting plan posted and changed on its ETag with the roll-up of the plans, a
 * ballot round created, a ballot cast on its questionnaire and its results, and an error as a problem document.
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
        File workbook = campaigns.exportComplianceBoard(1L, null, null, false, null, null);
        Board board = campaigns.getComplianceBoard(1L, null, null, false, null, null);
        String rule = board.getCountingRule() + board.getSubtree().getMembersExpected();
        PageHandTickedObligation handTicked = campaigns.listHandTickedObligations(1L, null, null, null, null, 1, 20);

        PageCampaignRow list = campaigns.listCampaigns(1, 20);
        long campaignId = list.getItems().get(0).getId();
        ApiResponse<CampaignDetail> campaign = campaigns.getCampaignWithHttpInfo(campaignId);
        String campaignEtag = campaign.getHeaders().get("ETag").get(0);
        Launched launched = campaigns.launchCampaign(campaignId, campaignEtag);
        PageObligationRow owed = campaigns.listObligations(campaignId, null, null, true, null, 1, 50);
        ObligationRow row = owed.getItems().get(0);
        Obligation done = campaigns.markObligationDone(
                campaignId, row.getId(), "\"" + row.getVersion() + "\"", "Đã tổ chức hội nghị", null, null);

        // A yearly theme inside a term theme, with lines that recur; rows are named requirements[i].field in errors.
        var conference = new RequirementForm()
                .kind(RequirementForm.KindEnum.HOLD_CONFERENCE)
                .appliesTo(RequirementForm.AppliesToEnum.GRASSROOTS_COMMITTEE)
                .dueOn(LocalDate.of(2025, 2, 28))
                .recurrence(RequirementForm.RecurrenceEnum.WINDOW)
                .windowStartsOn(LocalDate.of(2025, 1, 1))
                .dueDayOnTime(false);
        var programme = new RequirementForm()
                .kind(RequirementForm.KindEnum.ACTION_PROGRAMME)
                .appliesTo(RequirementForm.AppliesToEnum.GRASSROOTS_COMMITTEE)
                .dueOn(LocalDate.of(2025, 3, 31))
                .recurrence(RequirementForm.RecurrenceEnum.AFTER_EVENT)
                .afterLine(0)
                .daysAfter(7);
        var monthly = new RequirementForm()
                .kind(RequirementForm.KindEnum.CELL_MEETINGS)
                .appliesTo(RequirementForm.AppliesToEnum.CELL)
                .dueOn(LocalDate.of(2025, 12, 31))
                .recurrence(RequirementForm.RecurrenceEnum.MONTHLY);
        var quota = new RequirementForm()
                .kind(RequirementForm.KindEnum.CELL_MEETINGS)
                .appliesTo(RequirementForm.AppliesToEnum.CELL)
                .dueOn(LocalDate.of(2025, 12, 31))
                .recurrence(RequirementForm.RecurrenceEnum.QUOTA)
                .quota(1)
                .quotaPeriod(RequirementForm.QuotaPeriodEnum.YEAR)
                .quotaUnit(RequirementForm.QuotaUnitEnum.QUARTER);
        CampaignDetail year = campaigns.createCampaign(new CampaignForm()
                .title("Chuyên đề năm 2025")
                .directingDocumentId(campaign.getData().getCampaign().getDirectingDocumentId())
                .ownerId(campaign.getData().getCampaign().getOwnerId())
                .targetIds(List.of(campaign.getData().getCampaign().getOwnerId()))
                .startsOn(LocalDate.of(2025, 1, 1))
                .endsOn(LocalDate.of(2025, 12, 31))
                .termCampaignId(campaignId)
                .requirements(List.of(conference, programme, monthly, quota)));
        String termTitle = year.getTermTitle();

        // A quota's obligation: acts done of acts owed, and each act counted, one per unit.
        int actsDone = row.getActsDone();
        int actsOwed = row.getActsOwed();
        for (CountedAct act : row.getActs()) {
            CountedAct.UnitEnum unit = act.getUnit();
            LocalDate unitStartsOn = act.getUnitStartsOn();
            LocalDate doneOn = act.getDoneOn();
            String evidence = act.getEvidenceNumber() != null ? act.getEvidenceNumber() : act.getNote();
            System.out.println(unit + " " + unitStartsOn + " " + doneOn + " " + evidence + " " + act.getRecordedBy());
        }
        LocalDate period = row.getPeriodStartsOn();

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

        // A person who is not a party member comes with the first post; a change of the person names the version read.
        var personsApi = new PersonsApi(client);
        PagePersonSummary persons = personsApi.listPersons("le thi", null, 1, 20);
        String currentPosts = persons.getItems().get(0).getCurrentPosts();
        Person person = personsApi.createPerson(new PersonInput()
                .fullName("Trần Thị Lan")
                .post(new PostInput()
                        .organizationId(parentId)
                        .title(PostInput.TitleEnum.CHAIR)
                        .startedOn(java.time.LocalDate.of(2021, 7, 1))));
        ApiResponse<PersonDetails> personRead = personsApi.getPersonWithHttpInfo(person.getId());
        Person renamed = personsApi.updatePerson(
                person.getId(),
                personRead.getHeaders().get("ETag").get(0),
                new PersonInput().fullName("Trần Thị Lan Anh").birthYear(1975));
        PersonPost post = personsApi.addPersonPost(
                person.getId(),
                new PostInput()
                        .organizationId(parentId)
                        .title(PostInput.TitleEnum.CIVIL_SERVANT)
                        .startedOn(java.time.LocalDate.of(2022, 1, 1)));
        PersonPost postEnded = personsApi.endPersonPost(
                person.getId(), post.getId(), new PositionEnd().endedOn(java.time.LocalDate.of(2023, 1, 1)));

        var documents = new DocumentsApi(client);
        PageDocumentView plans = documents.searchDocuments(null, "347-KH/QU", "KH", null, null, null, null, 1, 20);
        DocumentView plan = plans.getItems().get(0);
        DocumentView basis = documents.findDocumentByNumber("284-KH/TU", plan.getIssuerId(), plan.getTermId(), null);
        documents.linkDocumentBasis(
                plan.getId(),
                new BasisLink().number(basis.getNumber()).issuerId(basis.getIssuerId()).termId(basis.getTermId()));
        long documentsInAll = plans.getTotal();

        // A meeting: the page of meetings, one read with its ETag, a bridge point's figures reported on its version,
        // and the sum of the attendance table with its word (NEARLY, OVER, ABOUT).
        var meetingsApi = new MeetingsApi(client);
        PageMeetingRow meetingPage = meetingsApi.listMeetings(null, null, null, null, null, 1, 20);
        long meetingId = meetingPage.getItems().get(0).getId();
        ApiResponse<MeetingDetail> meeting = meetingsApi.getMeetingWithHttpInfo(meetingId);
        String meetingEtag = meeting.getHeaders().get("ETag").get(0);
        BridgePoint point = meeting.getData().getBridgePoints().get(0);
        MeetingDetail reported = meetingsApi.updateBridgePoint(
                meetingId,
                point.getId(),
                "\"" + point.getVersion() + "\"",
                new BridgePointForm()
                        .organizationId(point.getOrganizationId())
                        .addGroupsItem(new Headcount().label("Cán bộ chủ chốt").actual(525)));
        Integer total = reported.getAttendance().getActual().getValue();
        Meeting held = meetingsApi.holdMeeting(meetingId, meetingEtag);

        // Its minutes: a draft with a follow-up task, changed on the ETag the draft answered, approved by the chair on
        // the ETag of the change; then every revision read, the approved one locked.
        var minutesApi = new MeetingMinutesApi(client);
        ApiResponse<MinutesRevision> drafted = minutesApi.draftMeetingMinutesWithHttpInfo(
                meetingId,
                new MinutesForm()
                        .chairMemberId(member.getId())
                        .body("<p>Đồng chí Bí thư phát biểu</p>")
                        .addTasksItem(new MinutesTaskRow()
                                .task("Xây dựng kế hoạch của phường")
                                .ownerOrganizationId(first.getId())
                                .dueOn(java.time.LocalDate.of(2025, 5, 15))));
        ApiResponse<MinutesRevision> changedMinutes = minutesApi.changeMeetingMinutesWithHttpInfo(
                meetingId,
                drafted.getHeaders().get("ETag").get(0),
                new MinutesForm()
                        .chairMemberId(drafted.getData().getChairMemberId())
                        .body("<p>Đồng chí Bí thư kết luận</p>")
                        .conclusions("Thống nhất triển khai"));
        MinutesRevision approvedMinutes = minutesApi.approveMeetingMinutes(
                meetingId, changedMinutes.getHeaders().get("ETag").get(0));
        MeetingMinutes minutes = minutesApi.getMeetingMinutes(meetingId);
        MinutesRevision draftOpen = minutes.getDraft();
        String approvedBy = minutes.getApproved() == null ? null : minutes.getApproved().getApprovedBy();
        // Supervision: a cell's overseer (none for some cells) ended on the ETag read; an assessment reviewed likewise.
        var supervision = new SupervisionApi(client);
        List<OverseerCellRow> cells = supervision.listCellOverseers(1L);
        Long overseerId = cells.get(0).getOverseerId();
        String overseerEtag = supervision
                .getCellOverseerWithHttpInfo(overseerId)
                .getHeaders()
                .get("ETag")
                .get(0);
        Overseer ended = supervision.endCellOverseer(
                overseerId, overseerEtag, new OverseerEnding().endsOn(java.time.LocalDate.of(2025, 6, 30)));
        ApiResponse<Assessment> assessment = supervision.getAssessmentWithHttpInfo(1L);
        Assessment reviewed = supervision.reviewAssessment(
                1L,
                assessment.getHeaders().get("ETag").get(0),
                new Review().agrees(false).rating(Review.RatingEnum.KHA).comment("Thảo luận còn ít ý kiến"));
        String finalRating = reviewed.getFinalRating().getValue();

        // A member's study file: the ETag read sent back as If-Match to hand it in; the secretary's review of it.
        var study = new StudyApi(client);
        var own = study.getMyStudyFileWithHttpInfo(campaignId);
        StudyFile handedIn = study.submitMyStudyFile(
                campaignId,
                own.getHeaders().get("ETag").get(0),
                new vn.neuguong.client.model.StudyDraft().reflectionHtml("<p>Bài thu hoạch</p>"));
        int reviews = study.listStudySubmissions(handedIn.getId()).size();
        File reflections = study.exportCellReflections(handedIn.getCellId(), campaignId, "pdf");

        // A cell's plan for next month posted (late or not by the due day), changed on its ETag; the roll-up at a node.
        var meetingPlans = new MeetingPlansApi(client);
        ApiResponse<MeetingPlan> posted = meetingPlans.postMeetingPlanWithHttpInfo(new MeetingPlanForm()
                .cellId(handedIn.getCellId())
                .month("2027-01")
                .meetsOn(java.time.LocalDate.of(2027, 1, 12))
                .kind(MeetingPlanForm.KindEnum.CELL_THEMATIC)
                .topic("Học tập và làm theo Bác về trách nhiệm nêu gương")
                .presenterName("Bí thư Chi bộ"));
        MeetingPlan replanned = meetingPlans.changeMeetingPlan(
                posted.getData().getId(),
                posted.getHeaders().get("ETag").get(0),
                new MeetingPlanForm()
                        .meetsOn(java.time.LocalDate.of(2027, 1, 14))
                        .kind(MeetingPlanForm.KindEnum.CELL_REGULAR)
                        .topic("Sinh hoạt thường kỳ")
                        .presenterName("Bí thư Chi bộ"));
        MeetingPlanBoard planBoard = meetingPlans.getMeetingPlanBoard(first.getId(), "2027-01");
        long plansLate = planBoard.getTotal().getLate() + planBoard.getRows().size();
        boolean late = replanned.getLate();
        String ballot = BallotUsage.run(client, first.getId(), 1L, "7K3MQ-X9TPD");
        String commendation = CommendationUsage.run(client, 1L, first.getId(), 2L, 3L, 4L);
        String article = ArticleUsage.run(client, first.getId(), 1L, 2L);

        Problem problem = new Problem().status(404).title("Not found");
        List<?> errors = problem.getErrors();
        System.out.println(name + parentId + secretary + corrected + before + after + workbook + errors + changed.getVersion()
                + documentsInAll + launched.getObligations() + owed.getTotal() + done.getVersion() + total
                + held.getStatus() + ended.getEndsOn() + finalRating + rule
                + handTicked.getTotal() + termTitle + actsDone + actsOwed + period + currentPosts
                + renamed.getVersion() + postEnded.getEndedOn() + personRead.getData().getPosts().size()
                + reviews + reflections + approvedMinutes.getStatus() + draftOpen + approvedBy + plansLate + late
                + ballot + commendation + article);
    }
}
