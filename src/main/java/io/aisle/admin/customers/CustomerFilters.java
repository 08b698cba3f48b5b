package io.aisle.admin.customers;

import io.aisle.identity.CustomerSearch;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The customer list's search and filters, as the URL carries them: {@code q} (customer number, e-mail or
 * name) and the days the account was created, {@code from} and {@code to} (UTC, included). They list the
 * matching accounts newest first; the rankings (spent, last order, risk) rank every customer.
 */
record CustomerFilters(String q, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    CustomerSearch search() {
        return new CustomerSearch(q, from, to);
    }
}
