package io.aisle.storefront;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;

class ProductPageTests extends StorefrontTest {

    @Test
    void showsTheProductWithPriceStockAndTheAddToCartForm() throws Exception {
        String name = unique("Desk lamp");
        long id = product(name, "1234.50", 3);
        mvc.perform(get("/p/{id}", id))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/catalog/product"))
                .andExpect(content().string(allOf(containsString(name), containsString("$1,234.50"),
                        containsString("Only 3 left"), containsString("id=\"add-to-cart\""),
                        containsString("id=\"quantity\""), containsString(">Add to cart</button>"),
                        containsString("Sign in to save to wishlist"))));
    }

    @Test
    void tellsInStockAndOutOfStock() throws Exception {
        mvc.perform(get("/p/{id}", product(unique("Plenty"), "10.00", 50)))
                .andExpect(content().string(containsString("In stock")));
        mvc.perform(get("/p/{id}", product(unique("None"), "10.00", 0)))
                .andExpect(content().string(allOf(containsString("Out of stock"), containsString("disabled"))));
    }

    @Test
    void answersUnknownAndDeletedProductsWithTheNotFoundPage() throws Exception {
        long id = product(unique("Gone"), "10.00", 1);
        products.delete(id);
        mvc.perform(get("/p/{id}", id)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
        mvc.perform(get("/p/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
    }

    @Test
    void postsASignedInCustomersReviewAndRefusesASecondOneKindly() throws Exception {
        Customer customer = newCustomer();
        long id = product(unique("Kettle"), "20.00", 5);
        mvc.perform(post("/p/{id}/reviews", id).with(signedIn(customer)).with(csrf())
                        .param("rating", "4").param("text", "<script>alert('x')</script> Boils fast."))
                .andExpect(redirectedUrl("/p/" + id + "#reviews"))
                .andExpect(flash().attribute("message", containsString("Thank you")));
        mvc.perform(get("/p/{id}", id))
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Boils fast."),
                        not(containsString("<script>alert('x')")), containsString("Reviews (1)"))));
        mvc.perform(get("/p/{id}", id).with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("id=\"reviewed\""), not(containsString("id=\"review-form\"")))));
        mvc.perform(get("/p/{id}", id).with(signedIn(newCustomer())))
                .andExpect(content().string(allOf(containsString("id=\"review-form\""), not(containsString("id=\"reviewed\"")))));
        mvc.perform(post("/p/{id}/reviews", id).with(signedIn(customer)).with(csrf())
                        .param("rating", "5").param("text", "Again"))
                .andExpect(redirectedUrl("/p/" + id + "#reviews"))
                .andExpect(flash().attribute("warning", "You have already reviewed this product."));
    }

    @Test
    void showsReviewValidationMessagesNextToTheFields() throws Exception {
        long id = product(unique("Toaster"), "20.00", 5);
        mvc.perform(post("/p/{id}/reviews", id).with(signedIn(newCustomer())).with(csrf())
                        .param("rating", "9").param("text", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"rating-error\""), containsString("id=\"text-error\""),
                        containsString("aria-invalid=\"true\""), containsString("Your review was not posted"))));
    }

    @Test
    void aRatingThatIsNotANumberIsAFieldErrorNotAFailure() throws Exception {
        long id = product(unique("Grater"), "12.00", 5);
        for (String rating : new String[] {"abc", "1.5", "99999999999"}) {
            mvc.perform(post("/p/{id}/reviews", id).with(signedIn(newCustomer())).with(csrf())
                            .param("rating", rating).param("text", "Grates well."))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"rating-error\""),
                            containsString("Grates well."), containsString("Your review was not posted"))));
        }
    }

    @Test
    void showsThatTheProductIsInTheCustomersWishlist() throws Exception {
        Customer customer = newCustomer();
        long id = product(unique("Flask"), "18.00", 5);
        mvc.perform(get("/p/{id}", id).with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("Save to wishlist"), not(containsString("id=\"saved\"")))));

        mvc.perform(post("/account/wishlist/items").with(signedIn(customer)).with(csrf()).param("productId", String.valueOf(id)));

        mvc.perform(get("/p/{id}", id).with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("id=\"saved\""), not(containsString("Save to wishlist")))));
    }

    @Test
    void answersTheReviewsFragmentToHtmx() throws Exception {
        long id = product(unique("Mug"), "8.00", 5);
        mvc.perform(get("/p/{id}", id).param("reviews", "2").with(htmx()))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/catalog/product :: reviews"))
                .andExpect(content().string(allOf(containsString("id=\"reviews\""), not(containsString("<header")))));
    }

    @Test
    void refusesAReviewWithoutTheCsrfToken() throws Exception {
        long id = product(unique("Pan"), "8.00", 5);
        mvc.perform(post("/p/{id}/reviews", id).with(signedIn(newCustomer())).param("rating", "4").param("text", "Nice"))
                .andExpect(status().isForbidden());
    }
}
