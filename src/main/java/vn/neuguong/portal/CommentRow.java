package vn.neuguong.portal;

import java.time.OffsetDateTime;

/** A comment as the moderators see it: with its status, phone, reports and the article it is on. */
record CommentRow(
        long id,
        long articleId,
        String articleTitle,
        long organizationId,
        String organizationName,
        String authorName,
        String phone,
        String title,
        String content,
        String status,
        int reports,
        OffsetDateTime createdAt,
        String moderatedBy,
        OffsetDateTime moderatedAt,
        String answer,
        String answeredBy,
        OffsetDateTime answeredAt,
        int version) {

    boolean pending() {
        return "PENDING".equals(status);
    }
}
