package io.aisle.insights;

/** A customer's predicted-spend band; the limits are {@link InsightsProperties#valueMedium()} and {@code valueHigh}. */
public enum ValueBand {
    LOW, MEDIUM, HIGH
}
