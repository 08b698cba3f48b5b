package io.aisle.identity;

import io.aisle.identity.data.CustomerSearchRepository;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's view of the customers' accounts: found by number, e-mail or name, filtered by when they
 * joined, newest first. Pages stay fast deep into a large shop (see {@link CustomerSearchRepository}).
 */
@Service
public class CustomerDirectory {

    private final CustomerSearchRepository customers;

    CustomerDirectory(CustomerSearchRepository customers) {
        this.customers = customers;
    }

    /** The customers (admins and deleted accounts left out) matching the search, newest first. */
    @Transactional(readOnly = true)
    public PageResult<User> search(CustomerSearch search, PageQuery page) {
        return PageResult.of(customers.find(search, page), page, customers.count(search));
    }
}
