package vn.neuguong.account;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account and locks it for {@link SecurityProperties#lockout()} once
 * {@link SecurityProperties#maxFailedLogins()} have been given in a row; a successful login resets the count. One
 * UPDATE each, so concurrent attempts cannot lose a count.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final SecurityProperties properties;

    LoginAttempts(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                        UPDATE account SET
                            locked_until = CASE WHEN failed_logins + 1 >= :max
                                                THEN now() + make_interval(secs => :seconds) ELSE locked_until END,
                            failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END
                        WHERE lower(username) = lower(:username)
                        """)
                .param("max", properties.maxFailedLogins())
                .param("seconds", (double) properties.lockout().toSeconds())
                .param("username", event.getAuthentication().getName())
                .update();
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
