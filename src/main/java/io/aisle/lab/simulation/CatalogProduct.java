package io.aisle.lab.simulation;

import java.math.BigDecimal;

/** The part of a catalog product the simulator needs. */
public record CatalogProduct(String sku, String category, BigDecimal price) {}
