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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.catalog.ProductForm;
import io.aisle.catalog.ProductService;
import io.aisle.catalog.VariantForm;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The option picker without JavaScript: the form posts the chosen values and the shop finds the variant. */
class VariantPageTests extends StorefrontTest {

    @Autowired
    ProductService catalog;

    private long boots() {
        String sku = unique("BOOT").toUpperCase();
        return catalog.create(new ProductForm(sku, unique("Boots"), "Testbrand", "clothing", "Boots in sizes.",
                new BigDecimal("90.00"), null, null, null, null, null, null, List.of("Size"),
                List.of(new VariantForm(sku + "-41", List.of("41"), new BigDecimal("90.00"), null, 4, 900),
                        new VariantForm(sku + "-42", List.of("42"), new BigDecimal("95.00"), new BigDecimal("120.00"), 0, 950)),
                null)).id();
    }

    @Test
    void theProductPageOffersEachSizeAndTellsEveryCombinationsStock() throws Exception {
        long id = boots();
        mvc.perform(get("/p/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<legend>Size</legend>"),
                        containsString("value=\"41\" required checked"),
                        containsString("Availability of every option"), containsString("Only 4 left"),
                        containsString("Out of stock"), containsString("from "))));
        // a size picked in the address is shown, with its sale
        long large = catalog.variants(id).get(1).id();
        mvc.perform(get("/p/{id}", id).param("variant", "" + large))
                .andExpect(content().string(allOf(containsString("value=\"42\" required checked"),
                        containsString("$95.00"), containsString("$120.00"))));
    }

    @Test
    void addsTheSizeTheFormNamesWithoutAScriptAndAsksForOneWhenNoneIsChosen() throws Exception {
        long id = boots();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/cart/items").session(session).with(csrf()).param("productId", "" + id)
                        .param("quantity", "1"))
                .andExpect(flash().attribute("error", containsString("Choose size of")));
        mvc.perform(post("/cart/items").session(session).with(csrf()).param("productId", "" + id)
                        .param("quantity", "2").param("option1", "41"))
                .andExpect(flash().attribute("message", containsString("(41)")));
        mvc.perform(post("/cart/items").session(session).with(csrf()).param("productId", "" + id)
                        .param("quantity", "1").param("option1", "42"))
                .andExpect(flash().attribute("error", containsString("(42) is out of stock")));
        mvc.perform(get("/cart").session(session))
                .andExpect(content().string(allOf(containsString("class=\"variant-title\">41<"), containsString("$180.00"))));
    }

    @Test
    void movingAProductInSizesFromTheWishlistLeadsToItsPageToPickOne() throws Exception {
        long id = boots();
        Customer customer = newCustomer();
        mvc.perform(post("/account/wishlist/items").with(signedIn(customer)).with(csrf()).param("productId", "" + id));

        mvc.perform(post("/account/wishlist/items/{id}/move", id).with(signedIn(customer)).with(csrf()))
                .andExpect(redirectedUrl("/p/" + id))
                .andExpect(flash().attribute("warning", containsString("Choose size of")));
        assertThat(carts.view(customer.id()).items()).isEmpty();
    }
}
