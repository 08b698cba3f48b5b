package io.aisle.identity;

import io.aisle.platform.InvalidRequestException;
import io.aisle.platform.SearchText;
import java.time.LocalDate;

/**
 * What the admin looks for among the customers' accounts; every part is optional (null: any). {@code text}
 * is a customer number ({@code 42} or {@code #42}), the start of an e-mail address (when it holds {@code @}),
 * or the start of an e-mail address or full name: prefix matches on an index. {@code joinedFrom} and
 * {@code joinedTo} are UTC days, both included.
 */
public record CustomerSearch(String text, LocalDate joinedFrom, LocalDate joinedTo) {

    public static final CustomerSearch ALL = new CustomerSearch(null, null, null);


    public CustomerSearch {
        text = SearchText.normalize(text, "q");
        if (joinedFrom != null && joinedTo != null && joinedFrom.isAfter(joinedTo)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
    }

    public boolean isAll() {
        return text == null && joinedFrom == null && joinedTo == null;
    }
}
