package io.aisle.assistant.data;

import io.aisle.assistant.ConversationMessage;
import io.aisle.assistant.Sentiment;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages of conversations, and the counts the quotas need. */
@Repository
public class MessageRepository {

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long conversationId, String role, String content, Sentiment sentiment, String provider,
            List<Long> productIds, Instant now) {
        jdbc.sql("""
                INSERT INTO assistant_messages (conversation_id, role, content, sentiment, provider, product_ids, created_at)
                VALUES (:conversationId, :role, :content, :sentiment, :provider, :productIds, :now)
                """)
                .param("conversationId", conversationId)
                .param("role", role)
                .param("content", content)
                .param("sentiment", sentiment == null ? null : sentiment.name())
                .param("provider", provider)
                .param("productIds", productIds.isEmpty() ? null
                        : productIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("now", SqlTime.utc(now))
                .update();
    }

    public List<ConversationMessage> findByConversation(long conversationId) {
        return jdbc.sql("""
                SELECT id, role, content, sentiment, provider, product_ids, created_at
                  FROM assistant_messages WHERE conversation_id = :conversationId ORDER BY id
                """)
                .param("conversationId", conversationId)
                .query(MessageRepository::map)
                .list();
    }

    /** The customer's own messages since a time, over all their conversations: the daily quota. */
    public int countCustomerMessagesSince(long userId, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM assistant_messages m
                  JOIN assistant_conversations c ON c.id = m.conversation_id
                 WHERE c.user_id = :userId AND m.role = 'customer' AND m.created_at >= :since
                """)
                .param("userId", userId)
                .param("since", SqlTime.utc(since))
                .query(Integer.class)
                .single();
    }

    /** A guest's messages over all conversations of their guest key: the per-session quota. */
    public int countGuestMessages(String guestKey) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM assistant_messages m
                  JOIN assistant_conversations c ON c.id = m.conversation_id
                 WHERE c.guest_key = :guestKey AND m.role = 'customer'
                """)
                .param("guestKey", guestKey)
                .query(Integer.class)
                .single();
    }

    private static ConversationMessage map(ResultSet rs, int row) throws SQLException {
        String sentiment = rs.getString("sentiment");
        String products = rs.getString("product_ids");
        return new ConversationMessage(rs.getLong("id"), rs.getString("role"), rs.getString("content"),
                sentiment == null ? null : Sentiment.valueOf(sentiment), rs.getString("provider"),
                products == null ? List.of() : Arrays.stream(products.split(",")).map(Long::valueOf).toList(),
                SqlTime.instant(rs, "created_at"));
    }
}
