package io.aisle.productcsv;

/** Where an import run is: waiting its turn, being read and written, done (every row written) or refused. */
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
