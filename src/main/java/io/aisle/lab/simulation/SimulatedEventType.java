package io.aisle.lab.simulation;

/**
 * The shop's tracked event types, mirrored by name (not imported) so the simulator stays free of the
 * tracking module while its output can be loaded as tracking events one to one.
 */
public enum SimulatedEventType {
    LOGIN, PRODUCT_VIEW, SEARCH, ADD_TO_CART, REMOVE_FROM_CART, CHECKOUT, CANCEL, REVIEW
}
