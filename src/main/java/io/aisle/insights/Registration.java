package io.aisle.insights;

/** What registering a model did: the model as stored, and why it was or was not made active. */
public record Registration(RegisteredModel model, boolean activated, String reason) {
}
