package io.aisle.insights.data;

import io.aisle.insights.ModelCandidate;
import io.aisle.insights.RegisteredModel;
import io.aisle.modeling.ModelTarget;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The model registry table. Metrics and feature names are stored as small JSON documents. */
@Repository
public class ModelRepository {

    private static final String SELECT = """
            SELECT id, target, algorithm, trained_at, data_from, data_to, holdout_cutoff, train_rows, test_rows,
                   metrics, primary_metric, features, artifact, provenance, active, activated_at
            FROM ml_models
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(ModelCandidate model) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ml_models (target, algorithm, trained_at, data_from, data_to, holdout_cutoff, train_rows,
                                       test_rows, metrics, primary_metric, features, artifact, provenance)
                VALUES (:target, :algorithm, :trainedAt, :dataFrom, :dataTo, :holdoutCutoff, :trainRows,
                        :testRows, :metrics, :primaryMetric, :features, :artifact, :provenance)
                """)
                .param("target", model.target().name())
                .param("algorithm", model.algorithm())
                .param("trainedAt", SqlTime.utc(model.trainedAt()))
                .param("dataFrom", SqlTime.utc(model.dataFrom()))
                .param("dataTo", SqlTime.utc(model.dataTo()))
                .param("holdoutCutoff", SqlTime.utc(model.holdoutCutoff()))
                .param("trainRows", model.trainRows())
                .param("testRows", model.testRows())
                .param("metrics", json.writeValueAsString(model.metrics()))
                .param("primaryMetric", model.primaryMetric())
                .param("features", json.writeValueAsString(model.features()))
                .param("artifact", model.artifact())
                .param("provenance", model.provenance())
                .update(keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<RegisteredModel> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** Newest first, at most {@code limit}. */
    public List<RegisteredModel> findByTarget(ModelTarget target, int limit) {
        return jdbc.sql(SELECT + " WHERE target = :target ORDER BY trained_at DESC, id DESC LIMIT :limit")
                .param("target", target.name())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    public Optional<RegisteredModel> findActive(ModelTarget target) {
        return jdbc.sql(SELECT + " WHERE target = :target AND active = TRUE")
                .param("target", target.name())
                .query(this::map)
                .optional();
    }

    public int deactivate(ModelTarget target) {
        return jdbc.sql("UPDATE ml_models SET active = FALSE WHERE target = :target AND active = TRUE")
                .param("target", target.name())
                .update();
    }

    /** Makes the model active; the unique key on the active target refuses a second active model. */
    public boolean activate(long id, Instant now) {
        return jdbc.sql("UPDATE ml_models SET active = TRUE, activated_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", SqlTime.utc(now))
                .update() == 1;
    }

    private RegisteredModel map(ResultSet rs, int row) throws SQLException {
        return new RegisteredModel(rs.getLong("id"), ModelTarget.valueOf(rs.getString("target")),
                rs.getString("algorithm"), SqlTime.instant(rs, "trained_at"), SqlTime.instant(rs, "data_from"),
                SqlTime.instant(rs, "data_to"), SqlTime.instant(rs, "holdout_cutoff"), rs.getInt("train_rows"),
                rs.getInt("test_rows"), json.readValue(rs.getString("metrics"), new TypeReference<Map<String, Double>>() { }),
                rs.getDouble("primary_metric"), json.readValue(rs.getString("features"), new TypeReference<List<String>>() { }),
                rs.getString("artifact"), rs.getString("provenance"), rs.getBoolean("active"),
                SqlTime.instant(rs, "activated_at"));
    }
}
