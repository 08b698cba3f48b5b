package io.aisle.promotions.data;

import io.aisle.promotions.Promotion;

/** A promotion that may apply to a checkout, with its counted uses (kept while it has a usage limit). */
public record Candidate(Promotion promotion, long uses) {
}
