package io.parallax.system;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Recognises the errors that mean the database is down, restarting or too slow, rather than a bad request or a bug. */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean matches(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLTimeoutException || t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof TransactionSystemException && t.getCause() == null) {
                return true;
            }
            if (t instanceof java.sql.SQLRecoverableException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            // The pool's answer for a connection it closed because the server went away (it carries no SQL state).
            if (t instanceof SQLException && "Connection is closed".equals(t.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P: operator intervention (shutdown, crash); 57014: statement timeout;
                // 53: insufficient resources.
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("57014") || state.startsWith("53")) {
                    return true;
                }
            }
        }
        return false;
    }
}
