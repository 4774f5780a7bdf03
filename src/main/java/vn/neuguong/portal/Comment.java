package vn.neuguong.portal;

import java.time.OffsetDateTime;

/**
 * A reader's approved comment as the article page shows it, with the moderators' public answer under it: plain text,
 * printed escaped. The phone and the address are never shown.
 */
public record Comment(
        long id,
        String authorName,
        String title,
        String content,
        OffsetDateTime createdAt,
        String answer,
        OffsetDateTime answeredAt) {}
