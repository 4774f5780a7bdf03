package vn.neuguong.study;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.study.StudyFile.Outcome;

/**
 * The secretary's review of the version a member handed in: accepted, or returned with a comment for revision. The
 * reviewer is the secretary of the member's cell at review time (the file follows a transfer), never the member.
 */
@Component
class StudyReviews {

    private final JdbcClient jdbc;
    private final StudyFiles files;
    private final AuditLog audit;

    StudyReviews(JdbcClient jdbc, StudyFiles files, AuditLog audit) {
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
    }

    /** Whether the actor may review the file: the secretary of the member's cell now, and not the member. */
    static boolean reviews(StudyFile file, Actor actor) {
        return actor.secretaryCellIds().contains(file.cellId())
                && !Long.valueOf(file.memberId()).equals(actor.memberId());
    }

    @Transactional
    StudyFile review(long fileId, int version, StudyInput.Review review, Actor actor, LocalDate today) {
        var visible = files.get(fileId, StudyAccess.of(actor));
        if (!reviews(visible, actor)) {
            throw new NotFoundException("StudyFile", fileId);
        }
        var before = files.lock(fileId);
        if (before.version() != version) {
            throw new ConflictException("study.version.stale");
        }
        if (before.status() != StudyFile.Status.SUBMITTED) {
            throw new ConflictException("study.review.nothingToReview");
        }
        boolean noComment = review.comment() == null || review.comment().isBlank();
        if (review.outcome() == Outcome.RETURNED && noComment) {
            throw new InvalidInputException("comment", "study.review.commentRequired");
        }
        jdbc.sql("UPDATE study_submission SET outcome = :outcome, review_comment = :comment, reviewed_by = :by,"
                        + " reviewed_on = :today WHERE file_id = :id AND number ="
                        + " (SELECT max(number) FROM study_submission WHERE file_id = :id)")
                .param("outcome", review.outcome().name())
                .param("comment", noComment ? null : review.comment().strip())
                .param("by", actor.displayName())
                .param("today", today)
                .param("id", fileId)
                .update();
        jdbc.sql("UPDATE study_file SET status = :status, version = version + 1 WHERE id = :id")
                .param("status", review.outcome().name())
                .param("id", fileId)
                .update();
        var after = files.lock(fileId);
        audit.updated("StudyFile", fileId, after.cellId(), before, after);
        return after;
    }
}
