package vn.neuguong.notification;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>One notice or a million go through the same statement ({@link #insertFor}): a module with many notices lists
 * them with a query of its own ({@link NoticeRows}) and they are stored in one {@code INSERT ... SELECT}.
 */
@Component
public class Notifications {

    /**
     * The one insert of every send. {@code notices} lists the notices with the columns {@code kind}, {@code title},
     * {@code body}, {@code message_key}, {@code message_args}, {@code link}, {@code dedup_key}, {@code notice_order}
     * and whatever {@code recipients} reads of them; {@code recipients} is a subquery of one column,
     * {@code account_id}, joined to each notice {@code n}. Neither is materialized: the planner joins them like
     * tables, and a notice's words are built only for the accounts that do not have it yet. Rows are stored by
     * account, then by {@code notice_order}: two senders at once take the unique index's locks in the same order, an
     * account's notices keep the caller's order, and the indexes that lead with the account are written in their
     * order rather than at random. Answers how many notices (dedup keys) there were, how many reached an account
     * that did not have them yet, and how many rows were stored.
     */
    private static String insertFor(String notices, String recipients) {
        return """
                WITH stored AS (
                    INSERT INTO notification (account_id, kind, title, body, message_key, message_args, link,
                                              dedup_key, in_app)
                    SELECT r.account_id, n.kind, n.title, n.body, n.message_key, n.message_args, n.link, n.dedup_key,
                           coalesce(p.in_app, true)
                    FROM (%1$s) n
                    CROSS JOIN LATERAL (%2$s) r
                    LEFT JOIN notification_preference p ON p.account_id = r.account_id AND p.kind = n.kind
                    WHERE %3$s
                      AND (coalesce(p.in_app, true) OR (:notification_mail AND coalesce(p.email, true) AND %4$s))
                      AND NOT EXISTS (SELECT 1 FROM notification told
                                      WHERE told.account_id = r.account_id AND told.dedup_key = n.dedup_key)
                    ORDER BY r.account_id, n.notice_order
                    ON CONFLICT (account_id, dedup_key) DO NOTHING
                    RETURNING dedup_key)
                SELECT (SELECT count(DISTINCT n.dedup_key) FROM (%1$s) n)::int AS notices,
                       (SELECT count(DISTINCT dedup_key) FROM stored)::int AS notified,
                       (SELECT count(*) FROM stored)::int AS stored
                """.formatted(
                notices, recipients, AccountSql.enabled("r.account_id"), AccountSql.reachableByEmail("r.account_id"));
    }

    /** How organizations are told, one notice or many: the accounts acting for the notice's organization. */
    private static final String ACTING_FOR_ORGANIZATION = AccountSql.actingForEach("n.organization_id");

    private static final String GIVEN_ACCOUNTS = "SELECT DISTINCT unnest(CAST(ARRAY[:ids] AS bigint[])) AS account_id";

    /** One notice, from the parameters {@link Words#parameters} gives. */
    private static final String ONE_NOTICE = "SELECT CAST(:kind AS text) AS kind, CAST(:title AS text) AS title,"
            + " CAST(:body AS text) AS body, CAST(:key AS text) AS message_key, CAST(:args AS jsonb) AS message_args,"
            + " CAST(:link AS text) AS link, CAST(:dedup AS text) AS dedup_key, 0 AS notice_order";

    /**
     * What one send did.
     *
     * @param notices how many notices (distinct dedup keys) were to be sent
     * @param notified how many of them were newly stored for at least one account
     * @param stored how many rows were newly stored, one per account and notice
     */
    public record Sent(int notices, int notified, int stored) {}

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
        return send(
                        ONE_NOTICE + ", o AS organization_id FROM unnest(CAST(ARRAY[:ids] AS bigint[])) o",
                        ACTING_FOR_ORGANIZATION,
                        Words.of(text, texts).parameters(kind, link, dedupKey, organizationIds))
                .stored();
    }

    /**
     * Sends every notice of {@code rows} to the accounts acting for its organization, in one statement: the same
     * recipients, preferences and dedup as {@link #notifyOrganizations(List, NotificationKind, NoticeText, String,
     * String)} for each row.
     */
    @Transactional
    public Sent notifyOrganizations(NoticeRows rows) {
        return send(
                "SELECT s.organization_id, s.kind, CAST(NULL AS text) AS title, CAST(NULL AS text) AS body,"
                        + " s.message_key, s.message_args, s.link, s.dedup_key, s.notice_order FROM (" + rows.sql()
                        + ") s",
                ACTING_FOR_ORGANIZATION,
                rows.parameters());
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
        return send(
                        ONE_NOTICE,
                        AccountSql.ofMembers(":ids"),
                        Words.of(text, texts).parameters(kind, link, dedupKey, memberIds))
                .stored();
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
        return send(ONE_NOTICE, GIVEN_ACCOUNTS, Words.of(text, texts).parameters(kind, link, dedupKey, accountIds))
                .stored();
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
        return send(
                        ONE_NOTICE,
                        GIVEN_ACCOUNTS,
                        new Words(title, body, null, null).parameters(kind, link, dedupKey, accountIds))
                .stored();
    }

    /** What the row stores: a key and its arguments, or fixed text. */
    private record Words(String title, String body, String key, String arguments) {

        static Words of(NoticeText text, NoticeTexts texts) {
            return new Words(null, null, text.key(), texts.store(text.arguments()));
        }

        /** The parameters of {@link #ONE_NOTICE}, and the ids of its recipients. */
        Map<String, Object> parameters(NotificationKind kind, String link, String dedupKey, List<Long> ids) {
            if (dedupKey == null || dedupKey.isBlank()) {
                throw new IllegalArgumentException("A notification needs a dedup key");
            }
            var parameters = new HashMap<String, Object>();
            parameters.put("kind", kind.name());
            parameters.put("title", title);
            parameters.put("body", body);
            parameters.put("key", key);
            parameters.put("args", arguments);
            parameters.put("link", link);
            parameters.put("dedup", dedupKey);
            parameters.put("ids", ids);
            return parameters;
        }
    }

    private Sent send(String notices, String recipients, Map<String, ?> parameters) {
        var all = new HashMap<String, Object>(parameters);
        all.put("notification_mail", mail.available());
        return jdbc.sql(insertFor(notices, recipients))
                .params(all)
                .query(Sent.class)
                .single();
    }
}
