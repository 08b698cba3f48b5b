package io.aisle.storefront.catalog;

import io.aisle.catalog.Product;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.Review;
import io.aisle.catalog.ReviewForm;
import io.aisle.catalog.ReviewService;
import io.aisle.identity.AccountService;
import io.aisle.platform.ConflictException;
import io.aisle.platform.CurrentUser;
import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import io.aisle.recommendations.Recommendation;
import io.aisle.recommendations.Recommendations;
import io.aisle.shopping.WishlistService;
import io.aisle.shopping.CartService;
import io.aisle.platform.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A product with its reviews (paged: htmx swaps just the {@code reviews} fragment), the add-to-cart
 * form, "customers also bought" (see {@link Recommendations}), and the signed-in customer's review form.
 */
@Controller
class ProductPageController {

    private static final String PAGE = "storefront/catalog/product";
    private static final int REVIEWS_PER_PAGE = 5;
    private static final int RELATED = 4;

    private final ProductService products;
    private final ReviewService reviews;
    private final AccountService accounts;
    private final Recommendations recommendations;
    private final WishlistService wishlist;

    ProductPageController(ProductService products, ReviewService reviews, AccountService accounts,
            Recommendations recommendations, WishlistService wishlist) {
        this.wishlist = wishlist;
        this.products = products;
        this.reviews = reviews;
        this.accounts = accounts;
        this.recommendations = recommendations;
    }

    @GetMapping("/p/{id:\\d+}")
    String product(@PathVariable long id, @RequestParam(name = "reviews", required = false) String reviewPage,
            @RequestParam(name = "variant", required = false) String variant,
            Optional<CurrentUser> user, HttpServletRequest request, HttpServletResponse response, Model model) {
        Product product = products.view(id, user.map(CurrentUser::id).orElse(null));
        int page = ListingFilters.pageIndex(reviewPage, new ArrayList<>());
        show(product, page, model);
        model.addAttribute("picker", VariantPicker.of(product, products.options(id), products.variants(id),
                variant != null && variant.matches("\\d{1,18}") ? Long.valueOf(variant) : null));
        model.addAttribute("reviewed", user.isPresent() && reviews.hasReviewed(user.get().id(), id));
        model.addAttribute("saved", user.isPresent() && wishlist.contains(user.get().id(), id));
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm(5, ""));
        }
        return Htmx.view(request, response, PAGE, "reviews");
    }

    @PostMapping("/p/{id:\\d+}/reviews")
    String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
            Optional<CurrentUser> user, Model model, RedirectAttributes redirect) {
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        if (errors.hasErrors()) {
            Product product = products.forSale(id);
            show(product, 0, model);
            model.addAttribute("picker", VariantPicker.of(product, products.options(id), products.variants(id), null));
            model.addAttribute("error", "Your review was not posted: please check the highlighted fields.");
            return PAGE;
        }
        reviews.post(user.get().id(), accounts.get(user.get().id()).publicName(), id, form);
        redirect.addFlashAttribute("message", "Thank you! Your review is published.");
        return "redirect:/p/{id}#reviews";
    }

    /** A second review of the same product. */
    @ExceptionHandler(ConflictException.class)
    String alreadyReviewed(ConflictException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", e.detail());
        return "redirect:/p/{id}#reviews";
    }

    private void show(Product product, int reviewPage, Model model) {
        PageResult<Review> page = reviews.list(product.id(), new PageQuery(reviewPage, REVIEWS_PER_PAGE));
        String path = "/p/" + product.id();
        List<String> links = IntStream.range(0, page.page().totalPages())
                .mapToObj(n -> n == 0 ? path + "#reviews" : path + "?reviews=" + (n + 1) + "#reviews").toList();
        model.addAttribute("product", product);
        model.addAttribute("activeCategory", product.category().slug());
        model.addAttribute("reviews", page);
        model.addAttribute("reviewLinks", links);
        model.addAttribute("maxQuantity", Math.max(1, Math.min(product.stock(), CartService.MAX_QUANTITY)));
        model.addAttribute("related", recommendations.alsoBought(product.id(), RELATED).stream()
                .map(Recommendation::product).toList());
    }
}
