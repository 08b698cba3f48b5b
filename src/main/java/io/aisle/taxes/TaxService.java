package io.aisle.taxes;

public interface TaxService {
    TaxRules rulesFor(String country, String region);
}
