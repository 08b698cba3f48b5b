package io.aisle.identity.data;

import io.aisle.identity.CustomerSearch;
import io.aisle.identity.User;
import io.aisle.platform.SqlFilter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The admin's customer list and search. A page is found on the index alone (the ids of the page, from
 * {@code ix_users_role_created}, or from {@code uk_users_email} / {@code ix_users_full_name} for text), and
 * only its rows are read: with OFFSET over whole rows, the last of 4,000 pages would read every account.
 * The index can be walked from either end, so a page past the middle is found from the oldest end.
 */
@Repository
public class CustomerSearchRepository {

    private final JdbcClient jdbc;

    CustomerSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Matching customers (not admins, not deleted), newest first, {@code limit} of them after skipping {@code offset}. */
    public List<User> findNewestFirst(CustomerSearch search, int limit, long offset) {
        SqlFilter where = where(search);
        return jdbc.sql(UserRepository.SELECT + """
                 JOIN (SELECT id AS page_id FROM users""" + where.sql() + """
                       ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset) page ON page.page_id = u.id
                 ORDER BY created_at DESC, id DESC
                """)
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRepository::map)
                .list();
    }

    /** The same from the other end of the index: oldest first (for the pages past the middle). */
    public List<User> findOldestFirst(CustomerSearch search, int limit, long offset) {
        SqlFilter where = where(search);
        return jdbc.sql(UserRepository.SELECT + """
                 JOIN (SELECT id AS page_id FROM users""" + where.sql() + """
                       ORDER BY created_at, id LIMIT :limit OFFSET :offset) page ON page.page_id = u.id
                 ORDER BY created_at, id
                """)
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRepository::map)
                .list();
    }

    public long count(CustomerSearch search) {
        SqlFilter where = where(search);
        return jdbc.sql("SELECT COUNT(*) FROM users" + where.sql()).params(where.params()).query(Long.class).single();
    }

    private static SqlFilter where(CustomerSearch search) {
        return new SqlFilter()
                .where("role = 'CUSTOMER'")
                .where("deleted_at IS NULL")
                .text(search.text(), "full_name")
                .days("created_at", search.joinedFrom(), search.joinedTo());
    }
}
