package io.aisle.taxes;

import io.aisle.platform.NotFoundException;

public class TaxRateNotFoundException extends NotFoundException {

    public TaxRateNotFoundException(long id) {
        super("There is no tax rate " + id + ".");
    }
}
