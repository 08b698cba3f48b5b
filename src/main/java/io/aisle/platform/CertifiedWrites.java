package io.aisle.platform;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a transaction's write conflicts known as they happen, before a step that cannot be rolled back (charging a
 * card), on a MariaDB Galera cluster; on a server without Galera it does nothing.
 *
 * <p>On a single server a conflicting write waits for the row lock, so a transaction that loses a race loses it at
 * that statement. On Galera row locks are each node's own: two nodes' transactions both update the last unit's
 * stock row and the loser only learns it at COMMIT, when its write set fails certification (reported as deadlock
 * 1213) - after it charged. With {@link #fromHere()} each write of the transaction is replicated and certified as
 * it runs (Galera streaming replication, one fragment a statement): a lost race fails that statement, and a won one
 * holds its rows on every node, so the transaction cannot lose them at COMMIT.
 *
 * <p>The session variable is set before the transaction's first statement and reset only after it ended: setting it
 * in the middle, after the node has aborted the transaction for a conflict, can swallow the abort, and the
 * statements after it then commit on their own (seen in bench/galera.sh: a ledger row without its order).
 */
@Component
public class CertifiedWrites {

    private final JdbcClient jdbc;
    private volatile Boolean cluster;

    CertifiedWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Certifies each write of the current transaction as it runs, until it ends; call it first in the transaction.
     * The session goes back to certifying at COMMIT once the transaction has ended, whatever way it ended, so the
     * pooled connection is left as it was found.
     */
    public void fromHere() {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || !cluster()) {
            return;
        }
        jdbc.sql("SET SESSION wsrep_trx_fragment_unit = 'statements', wsrep_trx_fragment_size = 1").update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                // still the transaction's connection (released after this), but no longer in the transaction
                jdbc.sql("SET SESSION wsrep_trx_fragment_size = 0").update();
            }
        });
    }

    /** Whether the database is a Galera cluster node; asked once, as a server does not become one while it runs. */
    private boolean cluster() {
        Boolean known = cluster;
        if (known == null) {
            Map<String, String> wsrep = new HashMap<>();
            jdbc.sql("SHOW VARIABLES WHERE Variable_name IN ('wsrep_on', 'wsrep_provider')")
                    .query((row, n) -> wsrep.put(row.getString(1), row.getString(2))).list();
            known = "ON".equalsIgnoreCase(wsrep.get("wsrep_on")) && wsrep.get("wsrep_provider") != null
                    && !"none".equalsIgnoreCase(wsrep.get("wsrep_provider"));
            cluster = known;
        }
        return known;
    }
}
