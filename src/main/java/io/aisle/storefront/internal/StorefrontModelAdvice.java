package io.aisle.storefront.internal;

import io.aisle.catalog.Category;
import io.aisle.catalog.CategoryService;
import io.aisle.platform.CurrentUser;
import io.aisle.storefront.cart.Carts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the header of every storefront page shows: the categories and the cart's item count (the
 * guest cart's for guests). Handlers that change the cart put the new count in the model themselves.
 */
@ControllerAdvice(basePackages = "io.aisle.storefront")
class StorefrontModelAdvice {

    private final CategoryService categories;
    private final Carts carts;

    StorefrontModelAdvice(CategoryService categories, Carts carts) {
        this.categories = categories;
        this.carts = carts;
    }

    @ModelAttribute("categories")
    List<Category> categories() {
        return categories.list();
    }

    @ModelAttribute("cartCount")
    int cartCount(Optional<CurrentUser> user, HttpServletRequest request) {
        return carts.view(user, request).itemCount();
    }
}
