package io.aisle.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What a database restart under load throws (seen in bench/drills.sh): a checkout's connection dies, and its
 * rollback fails too. That is "the database cannot be reached" (503, retry), not a bug (500).
 */
class DatabaseUnavailableTests {

    @Test
    void countsARollbackThatFailedOnTheClosedConnectionAsTheDatabaseBeingUnavailable() {
        // what the pool throws for a connection it already closed as broken: no SQLSTATE
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("JDBC commit; (conn=112) Socket error"));

        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void countsAnyConnectionExceptionBySqlStateWhateverItsType() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Socket error", "08000")))).isTrue();
    }

    @Test
    void leavesOtherFailuresTo500() {
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("Transaction timed out"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000")))).isFalse();
    }
}
