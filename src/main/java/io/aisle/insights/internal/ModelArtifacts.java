package io.aisle.insights.internal;

import io.aisle.insights.RegisteredModel;
import io.aisle.modeling.FeatureReference;
import io.aisle.modeling.ModelTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tribuo.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model files under {@code $AISLE_HOME/models}: one directory per registered model, holding the Tribuo
 * model ({@value #MODEL_FILE}, protobuf) and the feature reference of its training rows
 * ({@value #REFERENCE_FILE}). The registry stores the directory's name relative to the models directory,
 * so a moved AISLE_HOME keeps working.
 */
@Component
public class ModelArtifacts {

    static final String MODEL_FILE = "model.tribuo";
    static final String REFERENCE_FILE = "reference.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final JsonMapper json;

    ModelArtifacts(@Value("${aisle.home}") Path home, JsonMapper json) {
        this.root = home.resolve("models");
        this.json = json;
    }

    /** A model file and its reference, as read back from disk. */
    public record Artifact(Model<?> model, FeatureReference reference) {}

    /** Writes a new model's directory and returns its name, the registry's artifact location. */
    public String save(ModelTarget target, long jobId, Instant trainedAt, Model<?> model, FeatureReference reference) {
        String name = "%s-%s-job%d".formatted(target.name().toLowerCase(), STAMP.format(trainedAt), jobId);
        Path directory = root.resolve(name);
        try {
            Files.createDirectories(directory);
            model.serializeToFile(directory.resolve(MODEL_FILE));
            json.writeValue(directory.resolve(REFERENCE_FILE).toFile(), reference);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the model to " + directory, e);
        }
        return name;
    }

    public Artifact load(RegisteredModel registered) {
        Path directory = root.resolve(registered.artifact());
        try {
            return new Artifact(Model.deserializeFromFile(directory.resolve(MODEL_FILE)),
                    json.readValue(directory.resolve(REFERENCE_FILE).toFile(), FeatureReference.class));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read model " + registered.id() + " from " + directory, e);
        }
    }
}
