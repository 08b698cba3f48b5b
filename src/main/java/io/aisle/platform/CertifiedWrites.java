package io.aisle.platform;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a transaction's write conflicts known before a step that cannot be rolled back (charging a card).
 *
 * <p>On a single server a conflicting write waits for the row lock, so a transaction that loses a race loses it at
 * that statement. On a MariaDB Galera cluster row locks are each node's own: two nodes' transactions both update
 * the last unit's stock row and the loser only learns it at COMMIT, when its write set fails certification
 * (reported as deadlock 1213) - after it charged. Between {@link #fromHere()} and {@link #untilCommit()} each
 * statement is replicated and certified as it runs (Galera streaming replication, one fragment a statement): a
 * lost race fails that statement, and a won one holds its rows on every node, so the transaction cannot lose them
 * at COMMIT. On a server without Galera both calls do nothing.
 */
@Component
public class CertifiedWrites {

    private final JdbcClient jdbc;
    private volatile Boolean cluster;

    CertifiedWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Certifies each following write of the current transaction as it runs. The session goes back to certifying at
     * commit when the transaction ends, whatever way it ends, so the pooled connection is left as it was found.
     */
    public void fromHere() {
        if (!cluster() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        jdbc.sql("SET SESSION wsrep_trx_fragment_unit = 'statements', wsrep_trx_fragment_size = 1").update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCompletion() {
                untilCommit();
            }
        });
    }

    /** The following writes of the current transaction are certified with its COMMIT (the default). */
    public void untilCommit() {
        if (cluster() && TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.sql("SET SESSION wsrep_trx_fragment_size = 0").update();
        }
    }

    /** Whether the database is a Galera cluster node; asked once, as a server does not become one while it runs. */
    private boolean cluster() {
        Boolean known = cluster;
        if (known == null) {
            Map<String, String> wsrep = new java.util.HashMap<>();
            jdbc.sql("SHOW VARIABLES WHERE Variable_name IN ('wsrep_on', 'wsrep_provider')")
                    .query((row, n) -> wsrep.put(row.getString(1), row.getString(2))).list();
            known = "ON".equalsIgnoreCase(wsrep.get("wsrep_on")) && wsrep.get("wsrep_provider") != null
                    && !"none".equalsIgnoreCase(wsrep.get("wsrep_provider"));
            cluster = known;
        }
        return known;
    }
}
