package vn.neuguong.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Notices that a module lists with a query of its own, for {@link Notifications#notifyOrganizations(NoticeRows)} to
 * send in one statement: one row per notice and organization, with the columns
 *
 * <ul>
 *   <li>{@code organization_id} (bigint): the accounts acting for it are told, as by
 *       {@link Notifications#notifyOrganizations(java.util.List, NotificationKind, NoticeText, String, String)};
 *   <li>{@code kind} (text): a {@link NotificationKind} name, whose preferences apply;
 *   <li>{@code message_key} (text) and {@code message_args} (jsonb, written with {@link NoticeSql#arguments}): what
 *       the notice says, as a {@link NoticeText};
 *   <li>{@code link} (text, may be null): a path inside the application;
 *   <li>{@code dedup_key} (text, not null): names the notice; an account that has it already is not told again, so
 *       a second run, or a run on a second node, adds nothing;
 *   <li>{@code notice_order} (a unique key, e.g. the id of what the notice is about): an account's notices are
 *       stored in this order, and two senders running at once store the same rows in the same order, so neither
 *       waits for the other in a cycle.
 * </ul>
 *
 * The query may read the caller's own tables (it runs inside the notification module's statement, whose SQL names
 * only the notification tables). Write it without {@code ORDER BY}, {@code DISTINCT} or aggregates at its top, so
 * the planner joins it like a table and builds a notice's words only for the accounts that do not have it yet
 * (a re-run then mostly reads). It is one statement and one transaction: a
 * caller with more than some tens of thousands of rows sends them in chunks (e.g. ranges of its ids), and since
 * nothing is stored twice, a run broken off half way is finished by the next.
 *
 * @param sql the query, with named parameters
 * @param parameters its parameters; the name {@code notification_mail} is the notification module's own
 */
public record NoticeRows(String sql, Map<String, ?> parameters) {

    public NoticeRows {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("Notice rows need a query");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
