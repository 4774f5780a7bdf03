package vn.neuguong.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.account.AccountChanged.Change;

/**
 * Counts wrong passwords per account and locks it for {@link SecurityProperties#lockout()} once
 * {@link SecurityProperties#maxFailedLogins()} have been given in a row; a successful login resets the count. The
 * count is kept by one UPDATE, so concurrent attempts cannot lose one; a lock-out is written to the audit log.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    LoginAttempts(
            JdbcClient jdbc,
            SecurityProperties properties,
            Accounts accounts,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.accounts = accounts;
        this.events = events;
        this.transaction = transaction;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        transaction.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE account SET
                            locked_until = CASE WHEN failed_logins + 1 >= :max
                                                THEN now() + make_interval(secs => :seconds) ELSE locked_until END,
                            failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END
                        WHERE lower(username) = lower(:username)
                        RETURNING id, failed_logins = 0 AS locked
                        """)
                .param("max", properties.maxFailedLogins())
                .param("seconds", (double) properties.lockout().toSeconds())
                .param("username", event.getAuthentication().getName())
                .query((rs, n) -> rs.getBoolean("locked") ? rs.getLong("id") : null)
                .optional()
                .flatMap(accounts::view)
                .ifPresent(locked -> events.publishEvent(
                        new AccountChanged(Change.UPDATED, AccountAdministration.ENTITY, locked.id(), null, locked))));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal) {
            jdbc.sql("""
                            UPDATE account SET failed_logins = 0, locked_until = NULL
                            WHERE id = :id AND (failed_logins > 0 OR locked_until IS NOT NULL)
                            """).param("id", principal.actor().accountId()).update();
        }
    }
}
