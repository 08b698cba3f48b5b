package io.aisle.training.data;

import io.aisle.modeling.ModelTarget;
import io.aisle.platform.SqlTime;
import io.aisle.training.TrainingJob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Training jobs; targets are stored as a comma list, outcomes as a small JSON document. */
@Repository
public class TrainingJobRepository {

    private static final String SELECT = """
            SELECT id, targets, requested_by, owner, status, phase, rows_done, percent, message, outcome, created_at,
                   started_at, finished_at
            FROM ml_training_jobs
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TrainingJobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A queued job of {@code owner}'s, with a first heartbeat now. A {@code claim} (or null) names a run
     * that must happen once: a second insert with the same claim fails with a duplicate key.
     */
    public long insert(Set<ModelTarget> targets, String requestedBy, String owner, String claim, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ml_training_jobs (targets, requested_by, owner, claim, status, phase, created_at, heartbeat_at)
                VALUES (:targets, :requestedBy, :owner, :claim, 'QUEUED', 'waiting', :now, :now)
                """)
                .param("targets", targets.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("requestedBy", requestedBy)
                .param("owner", owner)
                .param("claim", claim)
                .param("now", SqlTime.utc(now))
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public int start(long id, Instant now) {
        return jdbc.sql("""
                UPDATE ml_training_jobs SET status = 'RUNNING', phase = 'starting', started_at = :now, heartbeat_at = :now
                WHERE id = :id AND status = 'QUEUED'
                """).param("id", id).param("now", SqlTime.utc(now)).update();
    }

    /** The owner is still working on its unfinished jobs. */
    public int heartbeat(String owner, Instant now) {
        return jdbc.sql("""
                UPDATE ml_training_jobs SET heartbeat_at = :now
                WHERE owner = :owner AND status IN ('QUEUED', 'RUNNING')
                """).param("owner", owner).param("now", SqlTime.utc(now)).update();
    }

    public int progress(long id, String phase, int percent, long rows) {
        return jdbc.sql("""
                UPDATE ml_training_jobs SET phase = :phase, percent = :percent, rows_done = :rows
                WHERE id = :id AND status = 'RUNNING'
                """).param("id", id).param("phase", phase).param("percent", percent).param("rows", rows).update();
    }

    public int finish(long id, TrainingJob.Status status, String message, List<TrainingJob.Outcome> outcomes,
            Instant now) {
        return jdbc.sql("""
                UPDATE ml_training_jobs
                SET status = :status, phase = :phase, percent = CASE WHEN :status = 'SUCCEEDED' THEN 100 ELSE percent END,
                    message = :message, outcome = :outcome, finished_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("status", status.name())
                .param("phase", status == TrainingJob.Status.SUCCEEDED ? "done" : "failed")
                .param("message", message == null ? null : message.substring(0, Math.min(message.length(), 2000)))
                .param("outcome", json.writeValueAsString(outcomes))
                .param("now", SqlTime.utc(now))
                .update();
    }

    /** Unfinished jobs whose owner has not beaten since {@code staleBefore}: it stopped, nothing will finish them. */
    public int failAbandoned(Instant staleBefore, String message, Instant now) {
        return jdbc.sql("""
                UPDATE ml_training_jobs SET status = 'FAILED', phase = 'failed', message = :message, finished_at = :now
                WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < :staleBefore
                """)
                .param("staleBefore", SqlTime.utc(staleBefore))
                .param("message", message)
                .param("now", SqlTime.utc(now))
                .update();
    }

    public Optional<TrainingJob> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** The oldest job still waiting for its turn, if any. */
    public Optional<TrainingJob> findQueued() {
        return jdbc.sql(SELECT + " WHERE status = 'QUEUED' ORDER BY id LIMIT 1").query(this::map).optional();
    }

    public List<TrainingJob> findRecent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT :limit").param("limit", limit).query(this::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM ml_training_jobs").query(Long.class).single();
    }

    private TrainingJob map(ResultSet rs, int row) throws SQLException {
        Set<ModelTarget> targets = EnumSet.noneOf(ModelTarget.class);
        Arrays.stream(rs.getString("targets").split(",")).map(ModelTarget::valueOf).forEach(targets::add);
        String outcome = rs.getString("outcome");
        return new TrainingJob(rs.getLong("id"), targets, rs.getString("requested_by"), rs.getString("owner"),
                TrainingJob.Status.valueOf(rs.getString("status")), rs.getString("phase"), rs.getLong("rows_done"),
                rs.getInt("percent"), rs.getString("message"),
                outcome == null ? List.of() : json.readValue(outcome, new TypeReference<List<TrainingJob.Outcome>>() { }),
                SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "started_at"),
                SqlTime.instant(rs, "finished_at"));
    }
}
