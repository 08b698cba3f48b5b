package io.aisle.recommendations.api;

import io.aisle.platform.CurrentUser;
import io.aisle.recommendations.Recommendation;
import io.aisle.recommendations.Recommendations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Recommendations")
@RestController
class RecommendationController {

    private static final int DEFAULT_LIMIT = 8;

    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Operation(summary = "Customers also bought",
            description = "Products bought in the same orders as this one, filled with the ones nearest in meaning; in stock only. limit 1 to 24.")
    @GetMapping("/api/v1/products/{id}/related")
    List<Recommendation> related(@PathVariable long id, @RequestParam(required = false) Integer limit) {
        return recommendations.alsoBought(id, limit == null ? DEFAULT_LIMIT : limit);
    }

    @Operation(summary = "Recommended for the signed-in customer",
            description = "Nearest in meaning to what the customer viewed, wishlisted and bought; in stock, not already bought or wishlisted. limit 1 to 24.")
    @GetMapping("/api/v1/users/me/recommendations")
    List<Recommendation> mine(CurrentUser user, @RequestParam(required = false) Integer limit) {
        return recommendations.forCustomer(user.id(), limit == null ? DEFAULT_LIMIT : limit);
    }
}
