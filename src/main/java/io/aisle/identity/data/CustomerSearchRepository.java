package io.aisle.identity.data;

import io.aisle.identity.CustomerSearch;
import io.aisle.identity.User;
import io.aisle.platform.PageQuery;
import io.aisle.platform.SqlFilter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The admin's customer list and search. A page is found on the index alone (the ids of the page, from
 * {@code ix_users_role_created}, or from {@code uk_users_email} / {@code ix_users_full_name} for text), and
 * only its rows are read: with OFFSET over whole rows, the last of 4,000 pages would read every account.
 */
@Repository
public class CustomerSearchRepository {

    private final JdbcClient jdbc;

    CustomerSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the matching customers (not admins, not deleted), newest first. */
    public List<User> find(CustomerSearch search, PageQuery page) {
        SqlFilter where = where(search);
        return jdbc.sql(UserRepository.SELECT + """
                 JOIN (SELECT id AS page_id FROM users""" + where.sql() + """
                       ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset) page ON page.page_id = users.id
                 ORDER BY created_at DESC, id DESC
                """)
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
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
