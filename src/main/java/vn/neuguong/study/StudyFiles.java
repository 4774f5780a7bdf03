package vn.neuguong.study;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.study.StudyFile.Commitment;
import vn.neuguong.study.StudyFile.Row;
import vn.neuguong.study.StudyFile.Submission;
import vn.neuguong.web.FileStorage;

/** The study files as they are read, each through {@link StudyAccess}; another's file is answered as missing. */
@Repository
public class StudyFiles {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    static final String HEAD = "SELECT f.id, f.campaign_id, " + CampaignSql.title("f.campaign_id")
            + " AS campaign_title, f.member_id, " + MemberSql.fullName("f.member_id") + " AS member_name, "
            + StudyAccess.CURRENT_CELL + " AS cell_id, " + TreeSql.name(StudyAccess.CURRENT_CELL)
            + " AS cell_name, f.cell_id AS owed_cell_id, f.due_on, f.status,"
            + " coalesce(f.first_submitted_on > f.due_on, false) AS late, f.reflection_html, f.attachment_name,"
            + " f.first_submitted_on, f.submitted_on, f.version FROM study_file f";

    static final String ROW = "SELECT f.id, f.campaign_id, " + CampaignSql.title("f.campaign_id")
            + " AS campaign_title, f.member_id, " + MemberSql.fullName("f.member_id") + " AS member_name, f.due_on,"
            + " CASE WHEN f.status = 'NOT_STARTED' AND f.due_on < :today THEN 'MISSING'"
            + " WHEN f.status = 'SUBMITTED' AND f.first_submitted_on > f.due_on THEN 'LATE' ELSE f.status END AS state,"
            + " f.submitted_on, f.version FROM study_file f";

    private static final TypeReference<List<Commitment>> COMMITMENTS = new TypeReference<>() {};

    record Head(
            long id,
            long campaignId,
            String campaignTitle,
            long memberId,
            String memberName,
            long cellId,
            String cellName,
            long owedCellId,
            LocalDate dueOn,
            StudyFile.Status status,
            boolean late,
            String reflectionHtml,
            String attachmentName,
            LocalDate firstSubmittedOn,
            LocalDate submittedOn,
            int version) {}

    /** A stored file as downloads need it. */
    record Stored(String name, String type, long size, String key) {}

    private record SubmissionRow(
            long id,
            int number,
            String reflectionHtml,
            String attachmentName,
            String commitments,
            LocalDate submittedOn,
            boolean late,
            StudyFile.Outcome outcome,
            String reviewComment,
            String reviewedBy,
            LocalDate reviewedOn) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StudyAudience audience;
    private final FileStorage storage;

    StudyFiles(JdbcClient jdbc, JsonMapper json, StudyAudience audience, FileStorage storage) {
        this.jdbc = jdbc;
        this.json = json;
        this.audience = audience;
        this.storage = storage;
    }

    InputStream open(Stored stored) {
        return storage.open(stored.key());
    }

    public StudyFile get(long id, StudyAccess access) {
        return find("f.id = :id AND " + access.readable(), id, access.parameters())
                .orElseThrow(() -> new NotFoundException("StudyFile", id));
    }

    /** The member's own file for the campaign, if the member owes one. */
    Optional<StudyFile> own(long campaignId, long memberId) {
        audience.fixPending();
        return find("f.campaign_id = :id AND f.member_id = :member", campaignId, Map.of("member", memberId));
    }

    /** The file as it stands now, locked for a change by its member or its reviewer. */
    StudyFile lock(long id) {
        jdbc.sql("SELECT id FROM study_file WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .single();
        return find("f.id = :id", id, Map.of()).orElseThrow();
    }

    private Optional<StudyFile> find(String condition, long id, Map<String, ?> parameters) {
        return jdbc.sql(HEAD + " WHERE " + condition)
                .param("id", id)
                .params(parameters)
                .query(Head.class)
                .optional()
                .map(this::withCommitments);
    }

    private StudyFile withCommitments(Head h) {
        var commitments = jdbc.sql("SELECT position, text, target_on, done, assessment_note, assessed_on"
                        + " FROM study_commitment WHERE file_id = :id ORDER BY position")
                .param("id", h.id())
                .query(Commitment.class)
                .list();
        return new StudyFile(
                h.id(),
                h.campaignId(),
                h.campaignTitle(),
                h.memberId(),
                h.memberName(),
                h.cellId(),
                h.cellName(),
                h.owedCellId(),
                h.dueOn(),
                h.status(),
                h.late(),
                h.reflectionHtml(),
                h.attachmentName(),
                h.firstSubmittedOn(),
                h.submittedOn(),
                commitments,
                h.version());
    }

    /** The member's own files, the newest campaign first. */
    public List<Row> mine(long memberId, LocalDate today) {
        audience.fixPending();
        return jdbc.sql(ROW + " WHERE f.member_id = :member ORDER BY f.due_on DESC, f.id DESC")
                .param("member", memberId)
                .param("today", today)
                .query(Row.class)
                .list();
    }

    /**
     * The files of a cell in the scope for a campaign, by name: those it was owed at launch and those of the members
     * there now (a transfer brings the file along).
     */
    public Page<Row> ofCell(long cellId, long campaignId, Scope scope, PageRequest request, LocalDate today) {
        audience.fixPending();
        String where = " WHERE f.campaign_id = :campaign AND " + StudyAccess.ofCell(":cell") + " AND "
                + scope.coversOrganization(":cell");
        long total = jdbc.sql("SELECT count(*) FROM study_file f" + where)
                .param("campaign", campaignId)
                .param("cell", cellId)
                .query(Long.class)
                .single();
        var items = jdbc.sql(ROW + where + " ORDER BY " + MemberSql.fullName("f.member_id") + " COLLATE vi_icu, f.id"
                        + request.limitOffset())
                .param("campaign", campaignId)
                .param("cell", cellId)
                .param("today", today)
                .query(Row.class)
                .list();
        return Page.of(items, request, total);
    }

    /** Every version handed in, the first first. */
    public List<Submission> submissions(long fileId) {
        return jdbc
                .sql("SELECT id, number, reflection_html, attachment_name, commitments::text AS commitments,"
                        + " submitted_on, late, outcome, review_comment, reviewed_by, reviewed_on"
                        + " FROM study_submission WHERE file_id = :id ORDER BY number")
                .param("id", fileId)
                .query(SubmissionRow.class)
                .list()
                .stream()
                .map(s -> new Submission(
                        s.id(),
                        s.number(),
                        s.reflectionHtml(),
                        s.attachmentName(),
                        json.readValue(s.commitments(), COMMITMENTS),
                        s.submittedOn(),
                        s.late(),
                        s.outcome(),
                        s.reviewComment(),
                        s.reviewedBy(),
                        s.reviewedOn()))
                .toList();
    }

    /** The draft's uploaded file, or of version {@code number} when it is given. */
    Optional<Stored> attachment(long fileId, Integer number) {
        String table =
                number == null ? "study_file WHERE id = :id" : "study_submission WHERE file_id = :id AND number = :n";
        return jdbc.sql("SELECT attachment_name AS name, attachment_type AS type, attachment_size AS size,"
                        + " attachment_key AS key FROM " + table + " AND attachment_key IS NOT NULL")
                .param("id", fileId)
                .param("n", number == null ? 0 : number)
                .query(Stored.class)
                .optional();
    }

    /** A campaign a cell's members owe files for. */
    @Schema(name = "StudyCampaignChoice")
    public record CampaignChoice(long campaignId, String title) {}

    /** The campaigns the members of a cell in the scope owe files for, the newest first. */
    List<CampaignChoice> campaignsOf(long cellId, Scope scope) {
        audience.fixPending();
        return jdbc.sql("SELECT DISTINCT f.campaign_id, " + CampaignSql.title("f.campaign_id") + " AS title"
                        + " FROM study_file f WHERE " + StudyAccess.ofCell(":cell") + " AND "
                        + scope.coversOrganization(":cell") + " ORDER BY f.campaign_id DESC")
                .param("cell", cellId)
                .query(CampaignChoice.class)
                .list();
    }

    /** The name of a cell in the scope; 404 otherwise. */
    String cellName(long cellId, Scope scope) {
        return jdbc.sql("SELECT " + TreeSql.name(":cell") + " WHERE " + scope.coversOrganization(":cell") + " AND "
                        + TreeSql.kind(":cell") + " = 'CELL'")
                .param("cell", cellId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", cellId));
    }

    /** Whether the campaign owes study files at all (its audience is fixed). */
    boolean hasRound(long campaignId) {
        audience.fixPending();
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM study_round WHERE campaign_id = :c)")
                .param("c", campaignId)
                .query(Boolean.class)
                .single();
    }
}
