package io.aisle.productcsv;

/** Hears an import's progress as it is written: {@code processed} of {@code products} written, in {@code phase}. */
@FunctionalInterface
public interface ImportProgress {

    void progress(String phase, int products, int processed);
}
