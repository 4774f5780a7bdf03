package vn.neuguong.notification;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications to the accounts that act for an organization (its staff, and the secretary of a cell).
 * Sending is idempotent per account and {@code dedupKey}: the same reminder sent twice is stored once.
 */
@Component
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                        INSERT INTO notification (account_id, kind, title, body, link, dedup_key)
                        SELECT DISTINCT r.account_id, :kind, :title, :body, :link, :dedup
                        FROM account_role r JOIN account a ON a.id = r.account_id AND a.enabled
                        WHERE r.role IN ('STAFF', 'SECRETARY') AND r.organization_id IN (:orgs)
                        ON CONFLICT (account_id, dedup_key) DO NOTHING
                        """)
                .param("kind", kind.name())
                .param("title", title)
                .param("body", body)
                .param("link", link)
                .param("dedup", dedupKey)
                .param("orgs", organizationIds)
                .update();
    }
}
