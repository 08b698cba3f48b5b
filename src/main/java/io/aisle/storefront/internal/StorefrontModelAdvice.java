package io.aisle.storefront.internal;

import io.aisle.catalog.Category;
import io.aisle.catalog.CategoryService;
import io.aisle.platform.CurrentUser;
import io.aisle.shopping.CartService;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the header of every storefront page shows: the categories and the cart's item count. */
@ControllerAdvice(basePackages = "io.aisle.storefront")
class StorefrontModelAdvice {

    private final CategoryService categories;
    private final CartService carts;

    StorefrontModelAdvice(CategoryService categories, CartService carts) {
        this.categories = categories;
        this.carts = carts;
    }

    @ModelAttribute("categories")
    List<Category> categories() {
        return categories.list();
    }

    @ModelAttribute("cartCount")
    int cartCount(Optional<CurrentUser> user) {
        return user.map(u -> carts.view(u.id()).itemCount()).orElse(0);
    }
}
