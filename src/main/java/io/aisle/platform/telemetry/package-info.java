/**
 * Traces and log format: Aisle's {@code AISLE_OTLP_ENDPOINT}, {@code AISLE_TRACING_SAMPLING} and
 * {@code AISLE_LOG_FORMAT} as Spring Boot's settings (docs/operations.md, "Observe").
 */
package io.aisle.platform.telemetry;
