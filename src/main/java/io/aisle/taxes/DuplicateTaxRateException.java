package io.aisle.taxes;

import io.aisle.platform.ConflictException;

/** A rate for this country, region and tax class exists already: there is one rate per place and class. */
public class DuplicateTaxRateException extends ConflictException {

    public DuplicateTaxRateException(String country, String region, String taxClass) {
        super("Duplicate tax rate", "There is already a " + taxClass + " rate for " + country
                + (region == null ? " as a whole" : " region " + region)
                + ": edit that rate instead of adding a second one.");
    }
}
