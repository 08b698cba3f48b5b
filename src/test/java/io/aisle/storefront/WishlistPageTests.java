package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import io.aisle.shopping.WishlistService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WishlistPageTests extends StorefrontTest {

    @Autowired
    private WishlistService wishlists;

    @Test
    void savesAProductAndMovesItToTheCart() throws Exception {
        Customer customer = newCustomer();
        String name = unique("Wish lamp");
        long id = product(name, "22.00", 4);
        mvc.perform(post("/account/wishlist/items").with(signedIn(customer)).with(csrf()).param("productId", "" + id))
                .andExpect(redirectedUrl("/p/" + id))
                .andExpect(flash().attribute("message", containsString("saved to your wishlist")));
        mvc.perform(get("/account/wishlist").with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString(name), containsString("Move to cart"))));
        mvc.perform(post("/account/wishlist/items/{id}/move", id).with(signedIn(customer)).with(csrf()))
                .andExpect(redirectedUrl("/account/wishlist"));
        assertThat(carts.view(customer.id()).itemCount()).isEqualTo(1);
        assertThat(wishlists.view(customer.id()).items()).isEmpty();
    }

    @Test
    void keepsAnOutOfStockProductOnTheWishlistAndSaysWhy() throws Exception {
        Customer customer = newCustomer();
        long id = product(unique("Empty shelf"), "22.00", 0);
        wishlists.add(customer.id(), id);
        mvc.perform(post("/account/wishlist/items/{id}/move", id).with(signedIn(customer)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("out of stock")));
        mvc.perform(post("/account/wishlist/items/{id}/remove", id).with(signedIn(customer)).with(csrf()))
                .andExpect(flash().attribute("message", "Removed from your wishlist."));
        assertThat(wishlists.view(customer.id()).items()).isEmpty();
    }

    @Test
    void sendsGuestsToSignInAndThenOffersToSaveTheProduct() throws Exception {
        long id = product(unique("Later lamp"), "22.00", 3);
        mvc.perform(post("/account/wishlist/items").with(csrf()).param("productId", "" + id))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/wishlist").param("save", "" + id).with(signedIn(newCustomer())))
                .andExpect(content().string(allOf(containsString("to your wishlist?"), containsString("Later lamp"))));
    }
}
