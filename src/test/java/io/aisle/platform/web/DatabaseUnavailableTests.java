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
    void countsARollbackThatFailedAfterTheConnectionDiedAsTheDatabaseBeingUnavailable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("(conn=112) Connection reset", "HY000"));
        rollback.initApplicationException(new DataAccessResourceFailureException("JDBC commit; (conn=112) Socket error"));

        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void countsAnyConnectionExceptionBySqlStateWhateverItsType() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Socket error", "08000")))).isTrue();
    }

    @Test
    void leavesOtherFailuresTo500() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("lock wait", "HY000"));
        rollback.initApplicationException(new DataIntegrityViolationException("duplicate"));

        assertThat(DatabaseUnavailable.causedBy(rollback)).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Duplicate entry", "23000"))).isFalse();
    }
}
