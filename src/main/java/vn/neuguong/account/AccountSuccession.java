package vn.neuguong.account;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.account.AccountChanged.Change;
import vn.neuguong.organization.OrganizationSucceeded;

/**
 * Accounts follow their organization through a merge or a split: a staff or secretary role held for an organization
 * that closes with a successor is held for the successor from then on, in the change's own transaction, so that no
 * demo or real account is left acting for an empty closed node. Each moved account is audited and its browser
 * sessions end (they carry the old scope); its access tokens read the new one at their next request.
 */
@Component
class AccountSuccession {

    private final JdbcClient jdbc;
    private final AccountViews views;
    private final ApplicationEventPublisher events;
    private final Sessions sessions;

    AccountSuccession(JdbcClient jdbc, AccountViews views, ApplicationEventPublisher events, Sessions sessions) {
        this.jdbc = jdbc;
        this.views = views;
        this.events = events;
        this.sessions = sessions;
    }

    @EventListener
    @Transactional
    public void on(OrganizationSucceeded event) {
        List<Long> holders = jdbc.sql("SELECT DISTINCT account_id FROM account_role WHERE organization_id = :from"
                        + " ORDER BY account_id")
                .param("from", event.organizationId())
                .query(Long.class)
                .list();
        for (long id : holders) {
            var before = views.view(id).orElseThrow();
            jdbc.sql("""
                            UPDATE account_role r SET organization_id = :to
                             WHERE r.account_id = :id AND r.organization_id = :from
                               AND NOT EXISTS (SELECT 1 FROM account_role d WHERE d.account_id = r.account_id
                                                 AND d.role = r.role AND d.organization_id = :to)
                            """)
                    .param("id", id)
                    .param("from", event.organizationId())
                    .param("to", event.successorId())
                    .update();
            jdbc.sql("DELETE FROM account_role WHERE account_id = :id AND organization_id = :from")
                    .param("id", id)
                    .param("from", event.organizationId())
                    .update();
            var after = views.view(id).orElseThrow();
            events.publishEvent(new AccountChanged(Change.UPDATED, AccountAdministration.ENTITY, id, before, after));
            sessions.endAfterCommit(before.username(), null);
        }
    }
}
