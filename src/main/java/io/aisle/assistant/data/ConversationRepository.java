package io.aisle.assistant.data;

import io.aisle.assistant.Conversation;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Conversations, always looked up with their owner (a customer or a guest key) in the SQL. */
@Repository
public class ConversationRepository {

    private static final String SELECT = """
            SELECT id, user_id, title, message_count, negative_count, created_at, updated_at
              FROM assistant_conversations
            """;

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Long userId, String guestKey, String title, Instant now, Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assistant_conversations (user_id, guest_key, title, created_at, updated_at, expires_at)
                VALUES (:userId, :guestKey, :title, :now, :now, :expiresAt)
                """)
                .param("userId", userId)
                .param("guestKey", guestKey)
                .param("title", title)
                .param("now", SqlTime.utc(now))
                .param("expiresAt", SqlTime.utc(expiresAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The customer's, or the guest's unexpired, conversation. */
    public Optional<Conversation> findOwned(long id, Long userId, String guestKey, Instant now) {
        return jdbc.sql(SELECT + """
                 WHERE id = :id
                   AND ((:userId IS NOT NULL AND user_id = :userId)
                     OR (:userId IS NULL AND guest_key = :guestKey AND expires_at > :now))
                """)
                .param("id", id)
                .param("userId", userId)
                .param("guestKey", guestKey)
                .param("now", SqlTime.utc(now))
                .query(ConversationRepository::map)
                .optional();
    }

    public List<Conversation> findByUser(long userId, PageQuery page) {
        return jdbc.sql(SELECT + " WHERE user_id = :userId ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("userId", userId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ConversationRepository::map)
                .list();
    }

    /** For the admin: conversations with negative messages first (most negative first), then newest. */
    public List<Conversation> findForReview(PageQuery page) {
        return jdbc.sql(SELECT + """
                 WHERE message_count > 0
                 ORDER BY negative_count DESC, updated_at DESC, id DESC LIMIT :limit OFFSET :offset
                """)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ConversationRepository::map)
                .list();
    }

    public long countForReview() {
        return jdbc.sql("SELECT COUNT(*) FROM assistant_conversations WHERE message_count > 0")
                .query(Long.class).single();
    }

    public long countByUser(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM assistant_conversations WHERE user_id = :userId")
                .param("userId", userId).query(Long.class).single();
    }

    public Optional<Conversation> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ConversationRepository::map).optional();
    }

    /** Counts a stored message (and a negative one) and touches the conversation. */
    public void countMessage(long id, boolean negative, Instant now) {
        jdbc.sql("""
                UPDATE assistant_conversations
                   SET message_count = message_count + 1,
                       negative_count = negative_count + :negative,
                       updated_at = :now
                 WHERE id = :id
                """)
                .param("negative", negative ? 1 : 0)
                .param("now", SqlTime.utc(now))
                .param("id", id)
                .update();
    }

    public int deleteByUser(long userId) {
        return jdbc.sql("DELETE FROM assistant_conversations WHERE user_id = :userId").param("userId", userId).update();
    }

    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM assistant_conversations WHERE expires_at IS NOT NULL AND expires_at <= :now")
                .param("now", SqlTime.utc(now)).update();
    }

    private static Conversation map(ResultSet rs, int row) throws SQLException {
        Long userId = rs.getObject("user_id", Long.class);
        return new Conversation(rs.getLong("id"), userId, rs.getString("title"),
                rs.getInt("message_count"), rs.getInt("negative_count"), SqlTime.instant(rs, "created_at"),
                SqlTime.instant(rs, "updated_at"));
    }
}
