package io.aisle.assistant;

import java.util.List;

/**
 * The assistant's answer: its text (plain text, to be escaped when shown), the products it refers to,
 * the conversation it belongs to, which provider answered ({@code offline} also when it stood in for a
 * failed LLM: then {@code fallback} is true), and how many messages the asker has left.
 */
public record ChatAnswer(String answer, List<ProductLink> products, long conversationId, String provider,
        boolean fallback, int remaining) {
}
