package io.aisle.storefront;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.aisle.ApiTest;
import io.aisle.catalog.ProductForm;
import io.aisle.catalog.ProductService;
import io.aisle.shopping.CartService;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Base of the web page tests: products made to measure, htmx requests, and a real form sign-in. */
abstract class StorefrontTest extends ApiTest {

    @Autowired
    protected ProductService products;

    @Autowired
    protected CartService carts;

    /** A new product in Electronics with this name, price and stock; returns its id. */
    protected long product(String name, String price, int stock) {
        return products.create(new ProductForm(unique("SKU").toUpperCase(), name, "Testbrand", "electronics",
                "A product made by a storefront test.", new BigDecimal(price), stock, null)).id();
    }

    /** Marks a MockMvc request as sent by htmx. */
    protected static RequestPostProcessor htmx() {
        return request -> {
            request.addHeader("HX-Request", "true");
            return request;
        };
    }

    /** "Add to cart" as a guest with this session, the way the product page's form sends it. */
    protected ResultActions addToCart(MockHttpSession session, long productId, int quantity) throws Exception {
        return mvc.perform(post("/cart/items").session(session).with(csrf())
                .param("productId", String.valueOf(productId)).param("quantity", String.valueOf(quantity)));
    }

    /** Signs in through the sign-in form, in this session, as a browser does. */
    protected void formSignIn(MockHttpSession session, Customer customer) throws Exception {
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", customer.email()).param("password", customer.password()))
                .andExpect(redirectedUrl("/"));
    }
}
