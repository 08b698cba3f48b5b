/**
 * The AI shopping assistant: answers customers from the live shop through tools over other modules'
 * public services (catalog search and stock, the customer's own orders and cart, store policies), with an
 * OpenAI-compatible LLM ({@code openai}) or with no LLM at all ({@code offline}), falling back to the
 * offline responder when the LLM fails. Stores conversations per customer (guests get short-lived ones
 * tied to an opaque guest token), enforces quotas and rate limits, and scores each customer message's
 * sentiment for the admin. Owns the tables {@code assistant_conversations} and {@code assistant_messages}.
 * Depends on catalog, shopping, ordering, shipping (the methods the shipping policy names), identity (erases a deleted account's conversations on
 * {@link io.aisle.identity.AccountDeleted}) and the platform. Tools are always scoped to the caller the
 * controller took from the security context; nothing the model or the message says can change whose data
 * they read.
 */
@ApplicationModule(allowedDependencies = { "catalog", "identity", "ordering", "platform", "returns", "shipping",
        "shopping" })
package io.aisle.assistant;

import org.springframework.modulith.ApplicationModule;
