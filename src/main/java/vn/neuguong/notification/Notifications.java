package vn.neuguong.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.account.AccountSql;

/**
 * Sends notifications to the accounts that act for an organization (its staff, and the secretary of a cell).
 * Sending is idempotent per account and {@code dedupKey}: the same reminder sent twice is stored once. A notice is
 * stored as a message key with its arguments ({@link NoticeText}) and told in each reader's language when read.
 *
 * <p>Each account's preferences apply in the insert itself: a kind switched off in-app is not stored for the
 * inbox; if that account still wants it by e-mail (and e-mail is on), it is stored hidden, as the e-mail's outbox
 * row only. The e-mail dispatcher delivers stored notices later.
 */
@Component
public class Notifications {

    /** The insert for the accounts of {@code recipients}, a subquery of one column, {@code account_id}. */
    private static String insertFor(String recipients) {
        return """
                INSERT INTO notification (account_id, kind, title, body, message_key, message_args, link, dedup_key,
                                          in_app)
                SELECT r.account_id, :kind, :title, :body, :key, CAST(:args AS jsonb), :link, :dedup,
                       coalesce(p.in_app, true)
                FROM (%s) r
                LEFT JOIN notification_preference p ON p.account_id = r.account_id AND p.kind = :kind
                WHERE %s
                  AND (coalesce(p.in_app, true) OR (:mail AND coalesce(p.email, true) AND %s))
                ON CONFLICT (account_id, dedup_key) DO NOTHING
                """.formatted(
                        recipients, AccountSql.enabled("r.account_id"), AccountSql.reachableByEmail("r.account_id"));
    }

    private static final String GIVEN_ACCOUNTS = "SELECT DISTINCT unnest(CAST(ARRAY[:ids] AS bigint[])) AS account_id";

    private final JdbcClient jdbc;
    private final MailChannel mail;
    private final NoticeTexts texts;

    Notifications(JdbcClient jdbc, MailChannel mail, NoticeTexts texts) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.texts = texts;
    }

    /**
     * An in-app notice the account has not read, its title in the reader's language.
     *
     * @param total how many unread notices the account has in all
     */
    public record UnreadNotice(long id, String title, String link, OffsetDateTime createdAt, long total) {}

    private record UnreadRow(
            long id,
            String messageKey,
            String messageArgs,
            String title,
            String link,
            OffsetDateTime createdAt,
            long total) {}

    /** The account's newest unread in-app notices, at most {@code limit} of them. */
    public List<UnreadNotice> unread(long accountId, int limit, Locale locale) {
        return jdbc.sql("""
                        SELECT id, message_key, message_args::text AS message_args, title, link, created_at,
                               count(*) OVER () AS total
                        FROM notification
                        WHERE account_id = :account AND in_app AND read_at IS NULL
                        ORDER BY created_at DESC, id DESC LIMIT :limit
                        """).param("account", accountId).param("limit", limit).query(UnreadRow.class).list().stream()
                .map(n -> new UnreadNotice(
                        n.id(),
                        texts.tell(new NoticeTexts.Stored(n.messageKey(), n.messageArgs(), n.title(), null), locale)
                                .title(),
                        n.link(),
                        n.createdAt(),
                        n.total()))
                .toList();
    }

    /**
     * @param link a path inside the application, e.g. {@code /documents/12}
     * @param dedupKey identifies this notice, e.g. {@code obligation-due:42:7}; sending it again adds nothing
     * @return how many accounts were newly notified
     */
    @Transactional
    public int notifyOrganizations(
            List<Long> organizationIds, NotificationKind kind, NoticeText text, String link, String dedupKey) {
        if (organizationIds.isEmpty()) {
            return 0;
        }
        return insert(AccountSql.actingFor(":ids"), organizationIds, kind, Words.of(text, texts), link, dedupKey);
    }

    /**
     * Sends a notice to the accounts of the given party members (a member without an account is not told). Same
     * rules as {@link #notifyOrganizations}.
     *
     * @return how many accounts were newly notified
     */
    @Transactional
    public int notifyMembers(
            List<Long> memberIds, NotificationKind kind, NoticeText text, String link, String dedupKey) {
        if (memberIds.isEmpty()) {
            return 0;
        }
        return insert(AccountSql.ofMembers(":ids"), memberIds, kind, Words.of(text, texts), link, dedupKey);
    }

    /**
     * Sends a notice to the given accounts, e.g. to a member about their own obligation. Same rules as
     * {@link #notifyOrganizations}.
     *
     * @return how many accounts were newly notified
     */
    @Transactional
    public int notifyAccounts(
            List<Long> accountIds, NotificationKind kind, NoticeText text, String link, String dedupKey) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        return insert(GIVEN_ACCOUNTS, accountIds, kind, Words.of(text, texts), link, dedupKey);
    }

    /**
     * Sends a notice whose words are fixed text, the same for every reader (the title may be a message key, which is
     * resolved when read): for texts that come from people, such as demo data.
     */
    @Transactional
    public int notifyAccounts(
            List<Long> accountIds, NotificationKind kind, String title, String body, String link, String dedupKey) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs a title");
        }
        return insert(GIVEN_ACCOUNTS, accountIds, kind, new Words(title, body, null, null), link, dedupKey);
    }

    /** What the row stores: a key and its arguments, or fixed text. */
    private record Words(String title, String body, String key, String arguments) {

        static Words of(NoticeText text, NoticeTexts texts) {
            return new Words(null, null, text.key(), texts.store(text.arguments()));
        }
    }

    private int insert(
            String recipients, List<Long> ids, NotificationKind kind, Words words, String link, String dedupKey) {
        if (dedupKey == null || dedupKey.isBlank()) {
            throw new IllegalArgumentException("A notification needs a dedup key");
        }
        return jdbc.sql(insertFor(recipients))
                .param("kind", kind.name())
                .param("title", words.title())
                .param("body", words.body())
                .param("key", words.key())
                .param("args", words.arguments())
                .param("link", link)
                .param("dedup", dedupKey)
                .param("ids", ids)
                .param("mail", mail.available())
                .update();
    }
}
