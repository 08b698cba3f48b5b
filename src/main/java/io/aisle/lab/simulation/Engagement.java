package io.aisle.lab.simulation;

/** The latent engagement state of a customer, never visible in the history. */
public enum Engagement {
    ENGAGED, LAPSING, DORMANT
}
