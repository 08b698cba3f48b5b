package io.aisle.lab.data;

import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Runs of the Online Retail import ({@code retail_imports}, the run marker) and the accounts each run
 * created ({@code retail_customers}).
 */
@Repository
public class RetailImportRepository {

    /** A run as recorded: status RUNNING, DONE or FAILED. */
    public record ImportRun(long id, String source, String status, Instant startedAt, Instant finishedAt,
            String summary) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RetailImportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Starts a run; fails with a duplicate key if a run of this content exists (unless it failed). */
    public long insertRunning(String source, String sha256, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO retail_imports (source, content_sha256, status, started_at)
                VALUES (:source, :sha256, 'RUNNING', :now)
                """)
                .param("source", source)
                .param("sha256", sha256)
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<ImportRun> findByContent(String sha256) {
        return jdbc.sql("SELECT * FROM retail_imports WHERE content_sha256 = :sha256")
                .param("sha256", sha256)
                .query(RetailImportRepository::map)
                .optional();
    }

    public Optional<ImportRun> findById(long id) {
        return jdbc.sql("SELECT * FROM retail_imports WHERE id = :id")
                .param("id", id)
                .query(RetailImportRepository::map)
                .optional();
    }

    /** The most recent run that finished. */
    public Optional<ImportRun> findLatestDone() {
        return jdbc.sql("SELECT * FROM retail_imports WHERE status = 'DONE' ORDER BY id DESC LIMIT 1")
                .query(RetailImportRepository::map)
                .optional();
    }

    public void markDone(long id, String summary, Instant now) {
        jdbc.sql("UPDATE retail_imports SET status = 'DONE', finished_at = :now, summary = :summary WHERE id = :id")
                .param("id", id)
                .param("summary", summary)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Marks a run failed and frees its content for another attempt. */
    public void markFailed(long id, String reason, Instant now) {
        jdbc.sql("""
                UPDATE retail_imports SET status = 'FAILED', content_sha256 = NULL, finished_at = :now,
                                          summary = :reason
                WHERE id = :id
                """)
                .param("id", id)
                .param("reason", reason.length() > 4000 ? reason.substring(0, 4000) : reason)
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Records which account each of the file's customers became in this run. */
    public void insertCustomers(long importId, Map<String, Long> userIdsByCustomer) {
        List<Map.Entry<String, Long>> rows = List.copyOf(userIdsByCustomer.entrySet());
        batch.batchUpdate("INSERT INTO retail_customers (import_id, customer_code, user_id) VALUES (?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    ps.setLong(1, importId);
                    ps.setString(2, row.getKey());
                    ps.setLong(3, row.getValue());
                });
    }

    /** The file's customer ids and their accounts of this run, by customer id. */
    public Map<String, Long> findCustomers(long importId) {
        Map<String, Long> customers = new LinkedHashMap<>();
        jdbc.sql("SELECT customer_code, user_id FROM retail_customers WHERE import_id = :id ORDER BY user_id")
                .param("id", importId)
                .query(rs -> {
                    customers.put(rs.getString("customer_code"), rs.getLong("user_id"));
                });
        return customers;
    }

    private static ImportRun map(ResultSet rs, int row) throws SQLException {
        return new ImportRun(rs.getLong("id"), rs.getString("source"), rs.getString("status"),
                SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "finished_at"), rs.getString("summary"));
    }
}
