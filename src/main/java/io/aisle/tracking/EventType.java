package io.aisle.tracking;

public enum EventType {
    LOGIN, PRODUCT_VIEW, SEARCH, ADD_TO_CART, REMOVE_FROM_CART, CHECKOUT, CANCEL, REVIEW
}
