package vn.neuguong.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The browser sessions of an account (Spring Session, in PostgreSQL, so on every node at once). Disabling an account
 * or changing its password ends them, so that a session opened with the old password cannot go on, for example to
 * mint access tokens.
 */
@Component
class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    /**
     * Ends every session of the account except {@code keep} (the session of the request making the change, if any)
     * once the running transaction commits: a change that is rolled back ends nothing.
     */
    void endAfterCommit(String username, String keep) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            end(username, keep);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                end(username, keep);
            }
        });
    }

    /** The id of the request's session, if it has one. */
    static String idOf(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    private void end(String username, String keep) {
        repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(repository::deleteById);
    }
}
