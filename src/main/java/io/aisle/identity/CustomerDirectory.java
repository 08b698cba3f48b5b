package io.aisle.identity;

import io.aisle.identity.data.CustomerSearchRepository;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's view of the customers' accounts: found by number, e-mail or name, filtered by when they
 * joined, newest first. Pages stay fast deep into a large shop: a page is found on an index alone, from the
 * nearer end (so the last page costs what the first does), and the count of all customers under the pager
 * is kept for {@link #COUNT_TTL} (it walks the whole index; a search's count is always exact).
 */
@Service
public class CustomerDirectory {

    static final Duration COUNT_TTL = Duration.ofSeconds(5);

    private final CustomerSearchRepository customers;
    private final Clock clock;
    private volatile Count allCustomers = new Count(0, Instant.MIN);

    private record Count(long value, Instant until) {
    }

    CustomerDirectory(CustomerSearchRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /** The customers (admins and deleted accounts left out) matching the search, newest first. */
    @Transactional(readOnly = true)
    public PageResult<User> search(CustomerSearch search, PageQuery page) {
        long total = count(search);
        return PageResult.of(page(search, page, total), page, total);
    }

    private List<User> page(CustomerSearch search, PageQuery page, long total) {
        long offset = page.offset();
        if (offset <= total / 2) {
            return customers.findNewestFirst(search, page.size(), offset);
        }
        if (offset >= total) {
            return List.of();
        }
        long end = Math.min(offset + page.size(), total);
        List<User> oldestFirst = new ArrayList<>(customers.findOldestFirst(search, (int) (end - offset), total - end));
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private long count(CustomerSearch search) {
        if (!search.isAll()) {
            return customers.count(search);
        }
        Count cached = allCustomers;
        Instant now = clock.instant();
        if (now.isBefore(cached.until())) {
            return cached.value();
        }
        long counted = customers.count(search);
        allCustomers = new Count(counted, now.plus(COUNT_TTL));
        return counted;
    }
}
