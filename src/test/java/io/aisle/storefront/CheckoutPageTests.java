package io.aisle.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.shopping.Cart;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CheckoutPageTests extends StorefrontTest {

    @Test
    void aGuestChecksOutWithAnEmailAndLandsOnTheOrdersOwnPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long id = product(unique("Guest lamp"), "25.00", 5);
        mvc.perform(post("/cart/items").session(session).with(csrf()).param("productId", Long.toString(id))
                .param("quantity", "2"));
        mvc.perform(get("/checkout").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"email\""), containsString("Sign in</a>"),
                        containsString("Guest lamp"), containsString("Standard"), containsString("Express"))));

        String orderPage = mvc.perform(post("/checkout").session(session).with(csrf())
                        .param("email", "Guest.Buyer@Example.com").param("addressId", "new")
                        .param("fullName", "Grace Hopper").param("line1", "1 Navy Way").param("city", "Arlington")
                        .param("region", "VA").param("postalCode", "22201").param("country", "US")
                        .param("card", "approved").param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrlPattern("/orders/*"))
                .andExpect(flash().attribute("message", startsWith("Thank you for your order")))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(products.get(id).stock()).isEqualTo(3);
        mvc.perform(get(orderPage))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"order-status\""), containsString("Grace Hopper"),
                        containsString(orderPage + "/events"), containsString("$50.00"))));
        // the guest cart became the order
        mvc.perform(get("/cart").session(session)).andExpect(content().string(containsString("Your cart is empty")));
    }

    @Test
    void aGuestMustGiveAnEmail() throws Exception {
        MockHttpSession session = new MockHttpSession();
        long id = product(unique("No-mail lamp"), "25.00", 5);
        mvc.perform(post("/cart/items").session(session).with(csrf()).param("productId", Long.toString(id))
                .param("quantity", "1"));
        mvc.perform(post("/checkout").session(session).with(csrf()).param("addressId", "new")
                        .param("fullName", "Grace Hopper").param("line1", "1 Navy Way").param("city", "Arlington")
                        .param("region", "VA").param("postalCode", "22201").param("country", "US")
                        .param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"email-error\""),
                        containsString("Enter your e-mail address"))));
        assertThat(products.get(id).stock()).isEqualTo(5);
    }

    @Test
    void aWrongPostalCodeComesBackNamedAtItsField() throws Exception {
        Customer customer = newCustomer();
        carts.add(customer.id(), product(unique("Zip lamp"), "25.00", 3), 1);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/checkout").session(session).with(signedIn(customer)).with(csrf()).param("addressId", "new")
                        .param("fullName", "Grace Hopper").param("line1", "1 Navy Way").param("city", "Arlington")
                        .param("region", "VA").param("postalCode", "ABCDE").param("country", "US")
                        .param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/checkout"))
                .andExpect(flash().attribute("postalCodeError", org.hamcrest.Matchers.notNullValue()));
        mvc.perform(get("/checkout").session(session).with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("id=\"postalCode-error\""),
                        containsString("value=\"ABCDE\""))));
    }

    @Test
    void showsTheAddressFormPrefilledAndTheOrderSummary() throws Exception {
        Customer customer = newCustomer();
        String name = unique("Summary lamp");
        carts.add(customer.id(), product(name, "25.00", 5), 2);
        mvc.perform(get("/checkout").with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(view().name("storefront/checkout/checkout"))
                .andExpect(content().string(allOf(containsString("name=\"fullName\" value=\"Test Customer\""),
                        containsString("name=\"line1\""), containsString("name=\"postalCode\""),
                        containsString("name=\"idempotencyKey\""), containsString("Test card (declined)"),
                        containsString(name), containsString("$50.00"), containsString(">Place order</button>"))));
    }

    @Test
    void placesTheOrderAndThanksTheCustomerOnTheOrderPage() throws Exception {
        Customer customer = newCustomer();
        long id = product(unique("Order lamp"), "25.00", 5);
        carts.add(customer.id(), id, 2);
        String orderPage = mvc.perform(checkout(customer, "approved", UUID.randomUUID().toString()))
                .andExpect(redirectedUrlPattern("/account/orders/*"))
                .andExpect(flash().attribute("message", startsWith("Thank you for your order")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(carts.view(customer.id()).items()).isEmpty();
        assertThat(products.get(id).stock()).isEqualTo(3);
        mvc.perform(get(orderPage).with(signedIn(customer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"order-status\""), containsString("Paid"),
                        containsString("Ada Lovelace"))));
    }

    @Test
    void placesOneOrderWhenTheSameFormIsSubmittedTwice() throws Exception {
        Customer customer = newCustomer();
        carts.add(customer.id(), product(unique("Twice lamp"), "25.00", 5), 1);
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(checkout(customer, "approved", key)).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(checkout(customer, "approved", key)).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first).startsWith("/account/orders/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE user_id = :id").param("id", customer.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void explainsADeclinedPaymentAndKeepsTheCartAndTheAddress() throws Exception {
        Customer customer = newCustomer();
        long id = product(unique("Declined lamp"), "25.00", 5);
        carts.add(customer.id(), id, 2);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(checkout(customer, "declined", UUID.randomUUID().toString()).session(session))
                .andExpect(redirectedUrl("/checkout"))
                .andExpect(flash().attribute("error", startsWith("Your payment was declined")));
        mvc.perform(get("/checkout").session(session).with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("Your payment was declined"),
                        containsString("value=\"1 Analytical Way\""), containsString("Declined lamp"))));
        assertThat(carts.view(customer.id()).items()).extracting(Cart.Item::quantity).containsExactly(2);
        assertThat(products.get(id).stock()).isEqualTo(5);
    }

    @Test
    void explainsShortStockAndKeepsTheCart() throws Exception {
        Customer customer = newCustomer();
        long id = product(unique("Short lamp"), "25.00", 3);
        carts.add(customer.id(), id, 3);
        products.adjustStock(id, -2, "test: sold elsewhere", null);
        mvc.perform(checkout(customer, "approved", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/checkout"))
                .andExpect(flash().attribute("error", containsString("Only 1 of")));
        assertThat(carts.view(customer.id()).items()).extracting(Cart.Item::quantity).containsExactly(3);
    }

    @Test
    void showsAddressValidationMessagesNextToTheFields() throws Exception {
        Customer customer = newCustomer();
        carts.add(customer.id(), product(unique("Invalid lamp"), "25.00", 3), 1);
        mvc.perform(post("/checkout").with(signedIn(customer)).with(csrf())
                        .param("fullName", "").param("line1", "").param("city", "Paris").param("postalCode", "75001")
                        .param("country", "France").param("idempotencyKey", "k-" + UUID.randomUUID()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"fullName-error\""),
                        containsString("Enter the name of the person"), containsString("id=\"line1-error\""),
                        containsString("Choose a country from the list."), containsString("Your order was not placed"))));
    }

    @Test
    void tellsThatAnEmptyCartCannotBeCheckedOut() throws Exception {
        mvc.perform(get("/checkout").with(signedIn(newCustomer())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your cart is empty"), containsString("Back to the shop"))));
    }

    @Test
    void refusesACheckoutWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/checkout").with(signedIn(newCustomer())).param("fullName", "A"))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder checkout(Customer customer, String card, String key) {
        return post("/checkout").with(signedIn(customer)).with(csrf())
                .param("fullName", "Ada Lovelace").param("line1", "1 Analytical Way").param("line2", "")
                .param("city", "London").param("postalCode", "N1 7AA").param("country", "GB")
                .param("card", card).param("paymentToken", "").param("idempotencyKey", key);
    }
}
