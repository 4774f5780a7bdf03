package vn.neuguong.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.web.Messages;

/**
 * Sends notifications to the accounts that act for an organization (its staff, and the secretary of a cell).
 * Sending is idempotent per account and {@code dedupKey}: the same reminder sent twice is stored once.
 *
 * <p>Each account's preferences apply in the insert itself: a kind switched off in-app is not stored for the
 * inbox; if that account still wants it by e-mail (and e-mail is on), it is stored hidden, as the e-mail's outbox
 * row only. The e-mail dispatcher delivers stored notices later.
 */
@Component
public class Notifications {

    private static final String INSERT = """
            INSERT INTO notification (account_id, kind, title, body, link, dedup_key, in_app)
            SELECT a.id, :kind, :title, :body, :link, :dedup, coalesce(p.in_app, true)
            FROM account a
            LEFT JOIN notification_preference p ON p.account_id = a.id AND p.kind = :kind
            WHERE a.enabled AND a.id IN (%s)
              AND (coalesce(p.in_app, true)
                   OR (:mail AND coalesce(p.email, true) AND coalesce(a.email, '') <> ''))
            ON CONFLICT (account_id, dedup_key) DO NOTHING
            """;

    private final JdbcClient jdbc;
    private final MailChannel mail;
    private final MessageSource messages;

    Notifications(JdbcClient jdbc, MailChannel mail, MessageSource messages) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
    }

    /**
     * An in-app notice the account has not read, its title in the reader's language.
     *
     * @param total how many unread notices the account has in all
     */
    public record UnreadNotice(long id, String title, String link, OffsetDateTime createdAt, long total) {}

    /** The account's newest unread in-app notices, at most {@code limit} of them. */
    public List<UnreadNotice> unread(long accountId, int limit, Locale locale) {
        return jdbc.sql("""
                        SELECT id, title, link, created_at, count(*) OVER () AS total FROM notification
                        WHERE account_id = :account AND in_app AND read_at IS NULL
                        ORDER BY created_at DESC, id DESC LIMIT :limit
                        """).param("account", accountId).param("limit", limit).query(UnreadNotice.class).list().stream()
                .map(n -> new UnreadNotice(
                        n.id(), Messages.resolve(messages, n.title(), locale), n.link(), n.createdAt(), n.total()))
                .toList();
    }

    /**
     * @param title the text shown, already in the recipients' language or a message key
     * @param link a path inside the application, e.g. {@code /documents/12}
     * @param dedupKey identifies this notice, e.g. {@code obligation-due:42:7}; sending it again adds nothing
     * @return how many accounts were newly notified
     */
    @Transactional
    public int notifyOrganizations(
            List<Long> organizationIds,
            NotificationKind kind,
            String title,
            String body,
            String link,
            String dedupKey) {
        if (organizationIds.isEmpty()) {
            return 0;
        }
        String recipients =
                "SELECT r.account_id FROM account_role r WHERE r.role IN ('STAFF', 'SECRETARY') AND r.organization_id IN (:ids)";
        return insert(recipients, organizationIds, kind, title, body, link, dedupKey);
    }

    /**
     * Sends a notice to the given accounts, e.g. to a member about their own obligation. Same rules as
     * {@link #notifyOrganizations}.
     *
     * @return how many accounts were newly notified
     */
    @Transactional
    public int notifyAccounts(
            List<Long> accountIds, NotificationKind kind, String title, String body, String link, String dedupKey) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        return insert(":ids", accountIds, kind, title, body, link, dedupKey);
    }

    private int insert(
            String recipients,
            List<Long> ids,
            NotificationKind kind,
            String title,
            String body,
            String link,
            String dedupKey) {
        if (title == null || title.isBlank() || dedupKey == null || dedupKey.isBlank()) {
            throw new IllegalArgumentException("A notification needs a title and a dedup key");
        }
        return jdbc.sql(INSERT.formatted(recipients))
                .param("kind", kind.name())
                .param("title", title)
                .param("body", body)
                .param("link", link)
                .param("dedup", dedupKey)
                .param("ids", ids)
                .param("mail", mail.available())
                .update();
    }
}
