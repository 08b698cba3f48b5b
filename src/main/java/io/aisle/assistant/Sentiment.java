package io.aisle.assistant;

/** The tone of a customer's message, scored offline from a word list. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
