package io.aisle.productcsv;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * An import of a product CSV and how it went. {@code products} is the number of products (handles) in the file,
 * {@code processed} how many of them are written so far, within the run's one transaction: nothing is visible
 * before the run SUCCEEDED. A FAILED run changed nothing; {@code errors} (the first
 * {@value io.aisle.productcsv.internal.ShopifyCsvReader#MAX_ERRORS} of {@code errorCount}) says which rows and
 * columns are wrong, or {@code message} what else stopped it.
 */
public record ImportRun(long id, String filename, ImportStatus status, String phase, int rows, int products,
        int processed, int created, int updated, int errorCount, List<RowError> errors, String message,
        String requestedBy, Instant createdAt, Instant updatedAt, Instant finishedAt) {

    public ImportRun {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** How far the run is, 0 to 100: reading and checking are the first tenth, writing the products the rest. */
    @JsonProperty("percent")
    public int percent() {
        if (status.finished()) {
            return 100;
        }
        if (products == 0) {
            return status == ImportStatus.RUNNING ? 5 : 0;
        }
        return 10 + (int) (90L * processed / products);
    }

    public boolean finished() {
        return status.finished();
    }
}
