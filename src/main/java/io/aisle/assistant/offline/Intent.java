package io.aisle.assistant.offline;

/** What a customer message asks for, as far as the offline responder understands it. */
enum Intent {
    GREETING, ORDER_STATUS, CART, POLICY, COMPARE, PRICE_STOCK, RECOMMEND, FIND, OTHER
}
