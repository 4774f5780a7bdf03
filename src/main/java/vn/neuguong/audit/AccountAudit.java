package vn.neuguong.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.neuguong.account.AccountChanged;
import vn.neuguong.shared.AuditLog;

/**
 * Records changes to accounts and access tokens. The account module cannot call {@link AuditLog} (the audit module
 * depends on it for scopes), so it publishes {@link AccountChanged}; this listener runs synchronously in the
 * publisher's transaction. Accounts belong to no organization, so only administrators see these rows.
 */
@Component
class AccountAudit {

    private final AuditLog audit;

    AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountChanged event) {
        var action = switch (event.change()) {
            case CREATED -> AuditLog.Action.CREATE;
            case UPDATED -> AuditLog.Action.UPDATE;
            case DELETED -> AuditLog.Action.DELETE;
        };
        audit.record(action, event.entityType(), event.entityId(), null, event.before(), event.after());
    }
}
