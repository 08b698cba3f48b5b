package io.aisle.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.aisle.shipping.MethodForm;
import io.aisle.shipping.RateBand;
import io.aisle.shipping.ShippingZone;
import io.aisle.shipping.ShippingZoneService;
import io.aisle.shipping.ZoneCountry;
import io.aisle.shipping.ZoneForm;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open and change what, for every admin URL: guests are sent to sign in, customers get 403, the
 * admin gets the page; every change needs the CSRF token. {@code {product}}, {@code {order}}, {@code {zone}} and
 * {@code {method}} stand for a product, an order and a shipping zone with one method made once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAccessTests extends AdminPageTest {

    private long product;
    private long order;
    private long zone;
    private long method;

    @Autowired
    private ShippingZoneService zones;
    private Customer customer;

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/products", "/admin/products.csv", "/admin/products/new",
            "/admin/products/{product}/edit", "/admin/products/{product}/delete", "/admin/orders", "/admin/orders.csv",
            "/admin/orders/{order}", "/admin/returns", "/admin/customers", "/admin/models", "/admin/events/orders", "/admin/events/stock",
            "/admin/events/training", "/admin/taxes", "/admin/taxes/rates/new", "/admin/mail", "/admin/shipping", "/admin/shipping/zones/new", "/admin/shipping/zones/{zone}/edit",
            "/admin/shipping/zones/{zone}/delete", "/admin/shipping/zones/{zone}/methods/new",
            "/admin/shipping/methods/{method}/edit", "/admin/shipping/methods/{method}/delete"})
    void sendsGuestsToSignInRefusesCustomersAndOpensForTheAdmin(String url) throws Exception {
        mvc.perform(get(url(url))).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(url(url)).with(signedIn(customer()))).andExpect(status().isForbidden());
        MvcResult admin = mvc.perform(get(url(url)).with(signedInAsAdmin())).andExpect(status().isOk()).andReturn();
        if (admin.getRequest().isAsyncStarted()) {
            admin.getRequest().getAsyncContext().complete(); // an event stream: close it again
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/products", "/admin/products/{product}", "/admin/products/{product}/delete",
            "/admin/products/{product}/stock", "/admin/orders/{order}/status", "/admin/orders/{order}/ship",
            "/admin/orders/ship", "/admin/orders/export", "/admin/models/train",
            "/admin/taxes/settings", "/admin/taxes/rates", "/admin/shipping/zones", "/admin/shipping/zones/{zone}",
            "/admin/shipping/zones/{zone}/delete", "/admin/shipping/zones/{zone}/methods", "/admin/shipping/methods/{method}",
            "/admin/shipping/methods/{method}/pause", "/admin/shipping/methods/{method}/delete"})
    void refusesEveryChangeWithoutTheCsrfTokenAndFromAnyoneButTheAdmin(String url) throws Exception {
        mvc.perform(change(url).with(signedInAsAdmin())).andExpect(status().isForbidden());
        mvc.perform(change(url).with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(change(url).with(signedIn(customer())).with(csrf())).andExpect(status().isForbidden());

        org.assertj.core.api.Assertions.assertThat(products.get(product).stock()).isEqualTo(5);
        org.assertj.core.api.Assertions.assertThat(zones.get(zone).methods()).singleElement()
                .satisfies(m -> org.assertj.core.api.Assertions.assertThat(m.active()).isTrue());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT status FROM orders WHERE id = :id")
                .param("id", order).query(String.class).single()).isEqualTo("CONFIRMED");
    }

    /** A change that would go through with the token: it must not, without it. */
    private MockHttpServletRequestBuilder change(String url) {
        return post(url(url)).param("status", "CANCELLED").param("ids", String.valueOf(order)).param("carrier", "PICKUP").param("delta", "-5").param("reason", "Access test")
                .param("sku", unique("ACCESS").toUpperCase()).param("name", "Access test").param("brand", "Testbrand")
                .param("category", CATEGORY).param("description", "Access test.").param("price", "1.00")
                .param("countries", "AQ-ACCESS").param("rateKind", "FLAT").param("rates", "1.00").param("minDays", "1")
                .param("maxDays", "1");
    }

    private String url(String template) {
        if (product == 0) {
            product = product(word() + " Guarded", 5);
            order = buy(newCustomer(), newProduct(CATEGORY, new BigDecimal("3.00"), 5), 1);
        }
        if (zone == 0) {
            ShippingZone made = zones.create(new ZoneForm(unique("test-zone"), false,
                    List.of(new ZoneCountry("AQ", unique("R").replaceAll("[^A-Za-z0-9]", "").substring(0, 10).toUpperCase()))));
            zone = made.id();
            method = zones.addMethod(zone, new MethodForm("Guarded", null, false, true, 0, "FLAT",
                    List.of(new RateBand(BigDecimal.ZERO, BigDecimal.ONE)), null, 1, 1)).id();
        }
        return template.replace("{product}", String.valueOf(product)).replace("{order}", String.valueOf(order))
                .replace("{zone}", String.valueOf(zone)).replace("{method}", String.valueOf(method));
    }

    @AfterAll
    void deleteTheZone() {
        if (zone != 0) {
            zones.delete(zone);
        }
    }

    private Customer customer() {
        if (customer == null) {
            customer = newCustomer();
        }
        return customer;
    }
}
