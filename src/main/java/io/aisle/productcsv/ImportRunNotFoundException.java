package io.aisle.productcsv;

import io.aisle.platform.NotFoundException;

public class ImportRunNotFoundException extends NotFoundException {

    public ImportRunNotFoundException(long id) {
        super("Import run " + id + " does not exist.");
    }
}
