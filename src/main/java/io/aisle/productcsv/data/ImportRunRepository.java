package io.aisle.productcsv.data;

import io.aisle.platform.SqlTime;
import io.aisle.productcsv.ImportRun;
import io.aisle.productcsv.ImportStatus;
import io.aisle.productcsv.RowError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import runs. An unfinished run whose last write is older than {@link #SILENCE} is read as FAILED: the process
 * that ran it stopped, and as its transaction never committed, it changed nothing.
 */
@Repository
public class ImportRunRepository {

    public static final Duration SILENCE = Duration.ofMinutes(15);

    private static final String SELECT = """
            SELECT id, filename, status, phase, rows_read, products, processed, created_count, updated_count,
                   error_count, errors, message, requested_by, created_at, updated_at, finished_at
            FROM product_import_runs
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRunRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(String filename, String requestedBy, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO product_import_runs (filename, status, phase, requested_by, created_at, updated_at)
                VALUES (:filename, 'QUEUED', 'waiting', :requestedBy, :now, :now)
                """)
                .param("filename", filename)
                .param("requestedBy", requestedBy)
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public void progress(long id, String phase, int rows, int products, int processed, Instant now) {
        jdbc.sql("""
                UPDATE product_import_runs
                SET status = 'RUNNING', phase = :phase, rows_read = :rows, products = :products, processed = :processed,
                    updated_at = :now
                WHERE id = :id AND status IN ('QUEUED', 'RUNNING')
                """)
                .param("id", id)
                .param("phase", phase)
                .param("rows", rows)
                .param("products", products)
                .param("processed", processed)
                .param("now", SqlTime.utc(now))
                .update();
    }

    public void finish(long id, ImportStatus status, int created, int updated, int errorCount, List<RowError> errors,
            String message, Instant now) {
        jdbc.sql("""
                UPDATE product_import_runs
                SET status = :status, phase = :phase, processed = CASE WHEN :succeeded THEN products ELSE processed END,
                    created_count = :created, updated_count = :updated, error_count = :errorCount, errors = :errors,
                    message = :message, updated_at = :now, finished_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("status", status.name())
                .param("phase", status == ImportStatus.SUCCEEDED ? "done" : "refused")
                .param("succeeded", status == ImportStatus.SUCCEEDED)
                .param("created", created)
                .param("updated", updated)
                .param("errorCount", errorCount)
                .param("errors", errors.isEmpty() ? null : json.writeValueAsString(errors))
                .param("message", message == null || message.length() <= 1000 ? message : message.substring(0, 1000))
                .param("now", SqlTime.utc(now))
                .update();
    }

    public Optional<ImportRun> findById(long id, Instant now) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, n) -> map(rs, now)).optional();
    }

    public List<ImportRun> findRecent(int limit, Instant now) {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query((rs, n) -> map(rs, now)).list();
    }

    private ImportRun map(ResultSet rs, Instant now) throws SQLException {
        ImportStatus status = ImportStatus.valueOf(rs.getString("status"));
        Instant updatedAt = SqlTime.instant(rs, "updated_at");
        String message = rs.getString("message");
        if (!status.finished() && updatedAt.plus(SILENCE).isBefore(now)) {
            status = ImportStatus.FAILED;
            message = "The import stopped (the shop was restarted or crashed) before it finished; nothing was changed."
                    + " Upload the file again.";
        }
        String errors = rs.getString("errors");
        return new ImportRun(rs.getLong("id"), rs.getString("filename"), status, rs.getString("phase"),
                rs.getInt("rows_read"), rs.getInt("products"), rs.getInt("processed"), rs.getInt("created_count"),
                rs.getInt("updated_count"), rs.getInt("error_count"),
                errors == null ? List.of() : json.readValue(errors, new TypeReference<List<RowError>>() { }),
                message, rs.getString("requested_by"), SqlTime.instant(rs, "created_at"), updatedAt,
                SqlTime.instant(rs, "finished_at"));
    }
}
