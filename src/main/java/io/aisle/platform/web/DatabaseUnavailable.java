package io.aisle.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A failure that means "the database cannot be reached right now" (it restarts, the network is down, the
 * pool waited in vain for a connection), as opposed to a bug: answered 503 with {@code Retry-After}, not 500.
 */
final class DatabaseUnavailable {

    static final String DETAIL = "The shop's database cannot be reached right now. Please try again in a few seconds.";
    static final String RETRY_AFTER_SECONDS = "5";

    private static final List<Class<? extends Throwable>> CAUSES = List.of(DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, RecoverableDataAccessException.class,
            CannotCreateTransactionException.class, SQLTransientConnectionException.class,
            SQLNonTransientConnectionException.class, SQLRecoverableException.class);

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Throwable cause = t;
            if (CAUSES.stream().anyMatch(type -> type.isInstance(cause)) || isConnectionLost(cause)) {
                return true;
            }
            // a commit or rollback the JDBC connection refused: when the connection died under a transaction, its
            // rollback fails on the pool's closed connection ("Connection is closed", no SQLSTATE), and Spring
            // throws that instead of the first failure
            if (cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 is "connection exception" in the SQL standard, whatever exception type a driver picks. */
    private static boolean isConnectionLost(Throwable failure) {
        return failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }
}
