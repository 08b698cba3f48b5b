package io.aisle.storefront.account;

import io.aisle.catalog.ProductService;
import io.aisle.platform.CurrentUser;
import io.aisle.shopping.WishlistService;
import io.aisle.storefront.cart.CartChange;
import io.aisle.storefront.cart.Carts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wishlist: saved products, each movable to the cart or removable. A guest who wants to save a
 * product comes here through sign-in ({@code ?save=id}) and confirms it with one click.
 */
@Controller
class WishlistPageController {

    private final WishlistService wishlist;
    private final Carts carts;
    private final ProductService products;

    WishlistPageController(WishlistService wishlist, Carts carts, ProductService products) {
        this.wishlist = wishlist;
        this.carts = carts;
        this.products = products;
    }

    @GetMapping("/account/wishlist")
    String wishlist(CurrentUser user, @RequestParam(required = false) Long save, Model model) {
        model.addAttribute("wishlist", wishlist.view(user.id()));
        if (save != null) {
            model.addAttribute("toSave", products.forSale(save));
        }
        return "storefront/account/wishlist";
    }

    @PostMapping("/account/wishlist/items")
    String add(CurrentUser user, @RequestParam long productId, RedirectAttributes redirect) {
        String name = products.forSale(productId).name();
        wishlist.add(user.id(), productId);
        redirect.addFlashAttribute("message", name + " is saved to your wishlist.");
        return "redirect:/p/" + productId;
    }

    @PostMapping("/account/wishlist/items/{productId:\\d+}/remove")
    String remove(CurrentUser user, @PathVariable long productId, RedirectAttributes redirect) {
        wishlist.remove(user.id(), productId);
        redirect.addFlashAttribute("message", "Removed from your wishlist.");
        return "redirect:/account/wishlist";
    }

    /** Puts one unit in the cart and takes the product off the wishlist; a refusal leaves it on the wishlist. */
    @PostMapping("/account/wishlist/items/{productId:\\d+}/move")
    String moveToCart(CurrentUser user, @PathVariable long productId, HttpServletRequest request,
            RedirectAttributes redirect) {
        CartChange change = carts.add(Optional.of(user), request, productId, null, 1);
        if (!change.done() && products.variants(productId).size() > 1) {
            // a product sold in sizes or colours: the customer picks one on its page
            redirect.addFlashAttribute("warning", change.message());
            return "redirect:/p/" + productId;
        }
        if (change.done()) {
            wishlist.remove(user.id(), productId);
            redirect.addFlashAttribute("message", change.message());
        } else {
            redirect.addFlashAttribute("error", change.message() + " It stays on your wishlist.");
        }
        return "redirect:/account/wishlist";
    }
}
