package io.aisle.insights.simulation;

/** The latent engagement state of a customer, never visible in the history. */
public enum Engagement {
    ENGAGED, LAPSING, DORMANT
}
