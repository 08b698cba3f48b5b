package io.aisle.catalog.api;

import io.aisle.catalog.Review;
import io.aisle.catalog.ReviewForm;
import io.aisle.catalog.ReviewService;
import io.aisle.identity.AccountService;
import io.aisle.platform.AnswersProblem;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog")
@RestController
@RequestMapping("/api/v1/products/{productId}/reviews")
class ReviewController {

    private final ReviewService reviews;
    private final AccountService accounts;

    ReviewController(ReviewService reviews, AccountService accounts) {
        this.reviews = reviews;
        this.accounts = accounts;
    }

    @GetMapping
    PageResult<Review> list(@PathVariable long productId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reviews.list(productId, PageQuery.of(page, size));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @AnswersProblem(status = 409, when = "You have reviewed this product already.")
    @PostMapping
    ResponseEntity<Review> post(@PathVariable long productId, @Valid @RequestBody ReviewForm form, CurrentUser user) {
        String author = accounts.get(user.id()).publicName();
        Review review = reviews.post(user.id(), author, productId, form);
        return ResponseEntity.created(URI.create("/api/v1/products/" + productId + "/reviews")).body(review);
    }
}
