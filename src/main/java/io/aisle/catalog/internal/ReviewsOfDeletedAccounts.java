package io.aisle.catalog.internal;

import io.aisle.catalog.ReviewService;
import io.aisle.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's reviews go with it, in the deleting transaction; ratings are corrected. */
@Component
class ReviewsOfDeletedAccounts {

    private final ReviewService reviews;

    ReviewsOfDeletedAccounts(ReviewService reviews) {
        this.reviews = reviews;
    }

    @EventListener
    void on(AccountDeleted event) {
        reviews.deleteAllBy(event.userId());
    }
}
