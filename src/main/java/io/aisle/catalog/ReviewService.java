package io.aisle.catalog;

import io.aisle.catalog.data.ProductRepository;
import io.aisle.catalog.data.ReviewRepository;
import io.aisle.platform.ConflictException;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews, one per customer and product, and the product ratings they add up to. */
@Service
public class ReviewService {

    private final ReviewRepository reviews;
    private final ProductRepository products;
    private final ProductCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ProductRepository products, ProductCache cache,
            ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.cache = cache;
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the product's reviews, newest first (briefly cached, dropped when a review is posted). */
    public PageResult<Review> list(long productId, PageQuery page) {
        return cache.reviews(new ProductCache.ReviewPage(productId, page), key -> {
            products.findById(productId).orElseThrow(() -> new ProductNotFoundException(productId));
            return PageResult.of(reviews.findByProduct(productId, page), page, reviews.countByProduct(productId));
        });
    }

    /** Whether the customer has reviewed the product: each customer reviews a product once. */
    @Transactional(readOnly = true)
    public boolean hasReviewed(long userId, long productId) {
        return reviews.existsByProductAndUser(productId, userId);
    }

    /**
     * Posts the customer's review and updates the product's rating in the same transaction.
     * {@code authorName} is shown with the review; a second review of the same product is a 409.
     */
    @Transactional
    public Review post(long userId, String authorName, long productId, ReviewForm form) {
        if (!products.lockListed(productId)
                || !products.findById(productId).map(p -> p.visible(clock.instant())).orElse(false)) {
            // customers review only what is for sale: a draft or archived product is not there for them
            throw new ProductNotFoundException(productId);
        }
        // the column keeps microseconds: answer with the time exactly as it is stored and listed
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id;
        try {
            id = reviews.insert(productId, userId, authorName, form.rating(), form.text(), now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Already reviewed", "You have already reviewed this product.");
        }
        products.refreshRating(productId);
        events.publishEvent(new ReviewPosted(userId, productId, form.rating()));
        return new Review(id, productId, authorName, form.rating(), form.text(), now);
    }

    /** Removes all of a customer's reviews (account deletion) and corrects the affected ratings. */
    @Transactional
    public void deleteAllBy(long userId) {
        var productIds = reviews.findProductIdsByUser(userId);
        products.lockAll(productIds);
        reviews.deleteByUser(userId);
        for (long productId : productIds) {
            products.refreshRating(productId);
            events.publishEvent(new ProductChanged(productId, ProductChanged.Kind.UPDATED,
                    products.findStock(productId).orElse(0)));
        }
    }
}
