package io.aisle.storefront.assistant;

/** A message typed into the chat widget. */
record ChatForm(String message) {
}
