package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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

import io.aisle.shopping.Cart;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class CartPageTests extends StorefrontTest {

    @Test
    void keepsAGuestCartInTheSessionAndCountsItInTheHeader() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long id = product(unique("Guest lamp"), "15.00", 10);
        addToCart(session, id, 3)
                .andExpect(redirectedUrl("/p/" + id))
                .andExpect(flash().attribute("message", containsString("Added 3 ×")));
        mvc.perform(get("/cart").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/cart/cart"))
                .andExpect(content().string(allOf(containsString("id=\"cart-count\" class=\"badge-count\">3<"),
                        containsString("$45.00"), containsString("$9.99"), containsString("$54.99"),
                        containsString(">Checkout</a>"))));
    }

    @Test
    void updatesTheBadgeOutOfBandAndTellsTheOutcomeToHtmx() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long id = product(unique("Htmx lamp"), "20.00", 2);
        mvc.perform(post("/cart/items").session(session).with(csrf()).with(htmx())
                        .param("productId", "" + id).param("quantity", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Added 2 ×"),
                        containsString("id=\"cart-count\" class=\"badge-count\" hx-swap-oob=\"true\">2<"),
                        not(containsString("<header")))));
        mvc.perform(post("/cart/items").session(session).with(csrf()).with(htmx())
                        .param("productId", "" + id).param("quantity", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Only 2 of"), containsString("alert-bad"),
                        containsString("hx-swap-oob=\"true\">2<"))));
    }

    @Test
    void changesAndRemovesLinesInPlaceForHtmx() throws Exception {
        Customer customer = newCustomer();
        long id = product(unique("Line lamp"), "30.00", 5);
        carts.add(customer.id(), id, 1);
        mvc.perform(post("/cart/items/{id}", id).with(signedIn(customer)).with(csrf()).with(htmx()).param("quantity", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"cart\""), containsString("$60.00"),
                        containsString("Free"), containsString("hx-swap-oob=\"true\">2<"))));
        mvc.perform(post("/cart/items/{id}", id).with(signedIn(customer)).with(csrf()).with(htmx()).param("quantity", "6"))
                .andExpect(content().string(allOf(containsString("Only 5 of"), containsString("hx-swap-oob=\"true\">2<"))));
        mvc.perform(post("/cart/items/{id}/remove", id).with(signedIn(customer)).with(csrf()).with(htmx()))
                .andExpect(content().string(allOf(containsString("Your cart is empty"),
                        containsString("hx-swap-oob=\"true\">0<"))));
        assertThat(carts.view(customer.id()).items()).isEmpty();
    }

    @Test
    void showsStockProblemsOfCartLines() throws Exception {
        Customer customer = newCustomer();
        long few = product(unique("Few left"), "10.00", 4);
        long gone = product(unique("Sold out"), "10.00", 1);
        carts.add(customer.id(), few, 4);
        carts.add(customer.id(), gone, 1);
        products.adjustStock(few, -2, "test: sold elsewhere", null);
        products.adjustStock(gone, -1, "test: sold elsewhere", null);
        mvc.perform(get("/cart").with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("Only 2 left: lower the quantity"),
                        containsString("Out of stock: remove it"), containsString("short in stock"))));
    }

    @Test
    void refusesQuantitiesOutsideOneToNinetyNine() throws Exception {
        long id = product(unique("Range lamp"), "10.00", 500);
        mvc.perform(post("/cart/items").with(csrf()).param("productId", "" + id).param("quantity", "100"))
                .andExpect(flash().attribute("error", "At most 99 at a time."));
        mvc.perform(post("/cart/items").with(csrf()).param("productId", "" + id).param("quantity", "0"))
                .andExpect(flash().attribute("error", "Add at least 1."));
    }

    @Test
    void refusesCartChangesWithoutTheCsrfToken() throws Exception {
        long id = product(unique("Csrf lamp"), "10.00", 5);
        mvc.perform(post("/cart/items").param("productId", "" + id).param("quantity", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void movesTheGuestCartIntoTheAccountAtSignInCappedAtStock() throws Exception {
        Customer customer = newCustomer();
        long lamp = product(unique("Merge lamp"), "10.00", 5);
        long chair = product(unique("Merge chair"), "40.00", 3);
        carts.add(customer.id(), lamp, 3);
        MockHttpSession session = new MockHttpSession();
        addToCart(session, lamp, 4);
        addToCart(session, chair, 2);

        formSignIn(session, customer);

        Cart cart = carts.view(customer.id());
        assertThat(cart.items()).extracting(Cart.Item::productId, Cart.Item::quantity)
                .containsExactlyInAnyOrder(tuple(lamp, 5), tuple(chair, 2));
        mvc.perform(get("/cart").session(session))
                .andExpect(content().string(allOf(containsString("Not everything you picked before signing in"),
                        containsString("id=\"cart-count\" class=\"badge-count\">7<"))));
    }
}
