package vn.neuguong;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Which failures mean "the database is not there right now" (down, restarting, frozen, or the pool out of
 * connections), answered 503 with {@code Retry-After} rather than 500: nothing was saved, and the same request will
 * do once the database is back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    public static final String MESSAGE_KEY = "error.unavailable";

    private DatabaseUnavailable() {}

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached in time. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionTimedOutException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    // a rollback that failed because the connection died: the transaction is gone, nothing kept
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            // SQL states of class 08 (connection exception) and 57P (the server shutting down or restarting)
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
