package io.aisle.productcsv.internal;

import io.aisle.productcsv.RowError;
import java.util.List;

/** The file's rows do not fit the catalog (a SKU of another product, say): the import's transaction rolls back. */
public class ImportRefusedException extends RuntimeException {

    private final List<RowError> errors;

    public ImportRefusedException(List<RowError> errors) {
        super(errors.size() + " rows do not fit the catalog", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
