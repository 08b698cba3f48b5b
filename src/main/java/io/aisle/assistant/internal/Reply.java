package io.aisle.assistant.internal;

import io.aisle.catalog.Product;
import java.util.List;

/** A provider's answer in plain text and the products it refers to. */
public record Reply(String text, List<Product> products) {
}
