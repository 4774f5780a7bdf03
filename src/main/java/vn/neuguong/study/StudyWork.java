package vn.neuguong.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.study.StudyInput.Draft;
import vn.neuguong.study.StudyInput.Upload;
import vn.neuguong.web.FileStorage;
import vn.neuguong.web.RichText;
import vn.neuguong.web.UploadedFiles;

/**
 * What a member does with their own file: save the draft, hand it in (before the due day, or flagged late), and
 * later assess their commitments. Each command is one transaction: refused input saves nothing, not even the file.
 */
@Component
class StudyWork {

    /** The types a reflection may be uploaded as. */
    static final Set<String> TYPES = Set.of(UploadedFiles.PDF, UploadedFiles.DOCX, "image/png", "image/jpeg");

    private final JdbcClient jdbc;
    private final StudyFiles files;
    private final FileStorage storage;
    private final StudyProperties properties;
    private final AuditLog audit;

    StudyWork(JdbcClient jdbc, StudyFiles files, FileStorage storage, StudyProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.files = files;
        this.storage = storage;
        this.properties = properties;
        this.audit = audit;
    }

    /**
     * Saves the member's draft for the campaign, read at {@code version}, with an uploaded file when one is given,
     * and hands it in when {@code submit}: a new version kept beside the earlier ones.
     */
    @Transactional
    StudyFile save(
            long campaignId, int version, Draft draft, Upload upload, long memberId, boolean submit, LocalDate today) {
        var before = locked(campaignId, memberId, version);
        if (!before.status().editable()) {
            throw new ConflictException("study.file.notEditable");
        }
        var errors = new ArrayList<>(draft.problems(submit, before.attachmentName() != null || upload != null));
        byte[] bytes = null;
        String name = null;
        String type = null;
        if (upload != null) {
            name = UploadedFiles.cleanName(upload.filename());
            try {
                bytes = UploadedFiles.read(
                        upload.content(), properties.maxUploadSize().toBytes(), "file", "study.file.tooLarge");
                type = UploadedFiles.detect(bytes, name);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
            if (bytes != null && (name.isEmpty() || name.length() > 200)) {
                errors.add(new FieldError("file", "study.file.name"));
            } else if (bytes != null && (type == null || !TYPES.contains(type))) {
                errors.add(new FieldError("file", "study.file.typeNotAllowed"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE study_file SET reflection_html = :html, status = CASE status WHEN 'NOT_STARTED' THEN 'DRAFT'"
                        + " ELSE status END, version = version + 1 WHERE id = :id")
                .param("html", RichText.sanitize(draft.reflectionHtml()))
                .param("id", before.id())
                .update();
        if (upload != null) {
            name = UploadedFiles.storedName(name, type);
            String key = UploadedFiles.store(storage, "study", name, bytes);
            jdbc.sql("UPDATE study_file SET attachment_key = :key, attachment_name = :name, attachment_type = :type,"
                            + " attachment_size = :size WHERE id = :id")
                    .param("key", key)
                    .param("name", name)
                    .param("type", type)
                    .param("size", bytes.length)
                    .param("id", before.id())
                    .update();
        }
        jdbc.sql("DELETE FROM study_commitment WHERE file_id = :id")
                .param("id", before.id())
                .update();
        var commitments = draft.filled();
        for (int i = 0; i < commitments.size(); i++) {
            jdbc.sql("INSERT INTO study_commitment (file_id, position, text, target_on) VALUES (:id, :p, :t, :on)")
                    .param("id", before.id())
                    .param("p", i + 1)
                    .param("t", commitments.get(i).text().strip())
                    .param("on", commitments.get(i).targetOn())
                    .update();
        }
        if (submit) {
            handIn(before.id(), today);
        }
        var after = files.lock(before.id());
        audit.updated("StudyFile", after.id(), after.cellId(), before, after);
        return after;
    }

    /** Keeps the draft as a new version, as it is now, and marks the file handed in (late after the due day). */
    private void handIn(long fileId, LocalDate today) {
        jdbc.sql("""
                        INSERT INTO study_submission (file_id, number, reflection_html, attachment_key, attachment_name,
                                                      attachment_type, attachment_size, commitments, submitted_on, late)
                        SELECT f.id, coalesce((SELECT max(s.number) FROM study_submission s WHERE s.file_id = f.id), 0) + 1,
                               f.reflection_html, f.attachment_key, f.attachment_name, f.attachment_type,
                               f.attachment_size,
                               (SELECT coalesce(jsonb_agg(jsonb_build_object('position', c.position, 'text', c.text,
                                        'targetOn', c.target_on) ORDER BY c.position), '[]'::jsonb)
                                FROM study_commitment c WHERE c.file_id = f.id),
                               :today, :today > f.due_on
                        FROM study_file f WHERE f.id = :id
                        """).param("id", fileId).param("today", today).update();
        jdbc.sql("UPDATE study_file SET status = 'SUBMITTED', submitted_on = :today,"
                        + " first_submitted_on = coalesce(first_submitted_on, :today) WHERE id = :id")
                .param("id", fileId)
                .param("today", today)
                .update();
    }

    /** Records the member's own assessment of the commitments handed in: done or not, and a note. */
    @Transactional
    StudyFile assess(long campaignId, int version, StudyInput.Assessment assessment, long memberId, LocalDate today) {
        var before = locked(campaignId, memberId, version);
        if (!before.status().assessable()) {
            throw new ConflictException("study.file.notAssessable");
        }
        var positions = before.commitments().stream()
                .map(StudyFile.Commitment::position)
                .toList();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < assessment.items().size(); i++) {
            if (!positions.contains(assessment.items().get(i).position())) {
                errors.add(new FieldError("items[" + i + "].position", "study.commitment.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (var item : assessment.items()) {
            boolean blankNote = item.note() == null || item.note().isBlank();
            jdbc.sql("UPDATE study_commitment SET done = :done, assessment_note = :note,"
                            + " assessed_on = CASE WHEN CAST(:done AS boolean) IS NULL THEN NULL ELSE CAST(:today AS date) END"
                            + " WHERE file_id = :id AND position = :p")
                    .param("done", item.done())
                    .param("note", blankNote ? null : item.note().strip())
                    .param("today", today)
                    .param("id", before.id())
                    .param("p", item.position())
                    .update();
        }
        jdbc.sql("UPDATE study_file SET version = version + 1 WHERE id = :id")
                .param("id", before.id())
                .update();
        var after = files.lock(before.id());
        audit.updated("StudyFile", after.id(), after.cellId(), before, Map.of("assessment", after.commitments()));
        return after;
    }

    /** The member's file for the campaign, locked, as read at {@code version}. */
    private StudyFile locked(long campaignId, long memberId, int version) {
        var own = files.own(campaignId, memberId)
                .orElseThrow(() -> new InvalidInputException("campaignId", "study.campaign.notOwed"));
        var file = files.lock(own.id());
        if (file.version() != version) {
            throw new ConflictException("study.version.stale");
        }
        return file;
    }
}
