package vn.neuguong.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * One account's in-app notices. Every statement is keyed by the account id, so nobody reads or marks another
 * account's notices: a foreign id is simply not found.
 */
@Repository
class NotificationInbox {

    /** A notice as shown; {@code title} is resolved in the reader's language. */
    record NotificationView(
            long id,
            NotificationKind kind,
            String title,
            @Schema(nullable = true) String body,
            @Schema(nullable = true) String link,
            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime readAt) {

        public boolean read() {
            return readAt != null;
        }
    }

    private record Row(
            long id,
            String kind,
            String messageKey,
            String messageArgs,
            String title,
            String body,
            String link,
            OffsetDateTime createdAt,
            OffsetDateTime readAt) {}

    private static final String COLUMNS =
            "id, kind, message_key, message_args::text AS message_args, title, body, link, created_at, read_at";

    private final JdbcClient jdbc;
    private final NoticeTexts texts;

    NotificationInbox(JdbcClient jdbc, NoticeTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** Unread first, then newest first. */
    Page<NotificationView> page(long accountId, PageRequest request, boolean unreadOnly, Locale locale) {
        List<NotificationView> items = jdbc
                .sql("SELECT " + COLUMNS + """
                         FROM notification
                        WHERE account_id = :account AND in_app AND (NOT :unreadOnly OR read_at IS NULL)
                        ORDER BY read_at IS NOT NULL, created_at DESC, id DESC
                        """ + request.limitOffset())
                .param("account", accountId)
                .param("unreadOnly", unreadOnly)
                .query(Row.class)
                .list()
                .stream()
                .map(row -> view(row, locale))
                .toList();
        long total = jdbc.sql("""
                        SELECT count(*) FROM notification
                        WHERE account_id = :account AND in_app AND (NOT :unreadOnly OR read_at IS NULL)
                        """)
                .param("account", accountId)
                .param("unreadOnly", unreadOnly)
                .query(Long.class)
                .single();
        return Page.of(items, request, total);
    }

    long unreadCount(long accountId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE account_id = :account AND in_app AND read_at IS NULL")
                .param("account", accountId)
                .query(Long.class)
                .single();
    }

    Optional<NotificationView> find(long accountId, long id, Locale locale) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id AND account_id = :account AND in_app")
                .param("id", id)
                .param("account", accountId)
                .query(Row.class)
                .optional()
                .map(row -> view(row, locale));
    }

    /** Marks one of the account's own notices read (reading it again keeps the first time). */
    NotificationView markRead(long accountId, long id, Locale locale) {
        int changed = jdbc.sql("""
                        UPDATE notification SET read_at = coalesce(read_at, now())
                        WHERE id = :id AND account_id = :account AND in_app
                        """).param("id", id).param("account", accountId).update();
        if (changed == 0) {
            throw new NotFoundException("Notification", id);
        }
        return find(accountId, id, locale).orElseThrow(() -> new NotFoundException("Notification", id));
    }

    /** Returns how many notices were marked. */
    int markAllRead(long accountId) {
        return jdbc.sql(
                        "UPDATE notification SET read_at = now() WHERE account_id = :account AND in_app AND read_at IS NULL")
                .param("account", accountId)
                .update();
    }

    private NotificationView view(Row row, Locale locale) {
        var told = texts.tell(
                new NoticeTexts.Stored(row.messageKey(), row.messageArgs(), row.title(), row.body()), locale);
        return new NotificationView(
                row.id(),
                NotificationKind.valueOf(row.kind()),
                told.title(),
                told.body(),
                row.link(),
                row.createdAt(),
                row.readAt());
    }
}
