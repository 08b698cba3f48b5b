package io.aisle.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * The chosen churn and spend models, saved as Tribuo protobuf files in one directory
 * ({@value #CHURN_FILE}, {@value #SPEND_FILE}). A model depends on the order of
 * {@link CustomerFeatures#NAMES}.
 */
public record TrainedModels(Model<Label> churn, Model<Regressor> spend) {

    static final String CHURN_FILE = "churn.tribuo";
    static final String SPEND_FILE = "spend.tribuo";

    /** Writes both models into {@code directory}, creating it if needed, replacing earlier files. */
    public void saveTo(Path directory) {
        try {
            Files.createDirectories(directory);
            churn.serializeToFile(directory.resolve(CHURN_FILE));
            spend.serializeToFile(directory.resolve(SPEND_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the models to " + directory, e);
        }
    }

    /** Reads the models {@link #saveTo} wrote. */
    public static TrainedModels loadFrom(Path directory) {
        try {
            return new TrainedModels(
                    Model.deserializeFromFile(directory.resolve(CHURN_FILE)).castModel(Label.class),
                    Model.deserializeFromFile(directory.resolve(SPEND_FILE)).castModel(Regressor.class));
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the models from " + directory, e);
        }
    }
}
