package io.aisle.returns;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The admin's returns pages: the list by status, a return's steps, and the returns on the order's page. */
class AdminReturnPageTests extends ReturnsApiTest {

    @Test
    void theListFiltersByStatusAndLinksEachReturn() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 2);
        long approved = returned(customer, order, product, 1);
        long requested = returned(customer, order, product, 1);
        stepOk(approved, "approve", null);

        mvc.perform(get("/admin/returns").param("status", "APPROVED").with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin/returns/" + approved + "\""),
                        not(containsString("href=\"/admin/returns/" + requested + "\"")))));
        mvc.perform(get("/admin/returns").with(signedInAsAdmin()))
                .andExpect(content().string(containsString("href=\"/admin/returns/" + requested + "\"")));
        mvc.perform(get("/admin/returns").with(signedIn(customer))).andExpect(status().isForbidden());
    }

    @Test
    void theAdminApprovesThenReceivesIntoStockFromTheReturnsPage() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 2);
        long returnId = returned(customer, order, product, 2);
        int stock = stockInDatabase(product);

        mvc.perform(get("/admin/returns/{id}", returnId).with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"approve-return\""),
                        containsString("id=\"reject-form\""), containsString("$50.00"))));
        mvc.perform(post("/admin/returns/{id}/approve", returnId).with(signedInAsAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/returns/" + returnId));
        mvc.perform(post("/admin/returns/{id}/approve", returnId).with(signedInAsAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/returns/" + returnId))
                .andExpect(flash().attribute("error", containsString("is APPROVED and cannot become APPROVED")));
        mvc.perform(post("/admin/returns/{id}/receive", returnId).param("restock", "true")
                        .with(signedInAsAdmin()).with(csrf()))
                .andExpect(flash().attribute("message", containsString("is now received")));

        assertThat(returnStatus(returnId)).isEqualTo("RECEIVED");
        assertThat(stockInDatabase(product)).isEqualTo(stock + 2);
        mvc.perform(get("/admin/orders/{id}", order).with(signedInAsAdmin()))
                .andExpect(content().string(allOf(containsString("id=\"order-returns\""),
                        containsString("href=\"/admin/returns/" + returnId + "\""))));
    }

    @Test
    void aReceivedReturnsPageOffersTheDefaultAmountAndRefundsItOnce() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 2);
        long returnId = returned(customer, order, product, 1);
        stepOk(returnId, "approve", null);
        stepOk(returnId, "receive", java.util.Map.of("restock", false));

        mvc.perform(get("/admin/returns/{id}", returnId).with(signedInAsAdmin()))
                .andExpect(content().string(allOf(containsString("id=\"refund-form\""),
                        containsString("value=\"25.00\""))));
        mvc.perform(post("/admin/returns/{id}/refund", returnId).param("amount", "25.00")
                        .with(signedInAsAdmin()).with(csrf()))
                .andExpect(flash().attribute("message", containsString("is now refunded")));
        mvc.perform(post("/admin/returns/{id}/refund", returnId).param("amount", "25.00")
                        .with(signedInAsAdmin()).with(csrf()))
                .andExpect(flash().attribute("error", containsString("is REFUNDED")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id = :id AND kind = 'REFUND'")
                .param("id", order).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/account/orders/{id}", order).with(signedIn(customer)))
                .andExpect(content().string(containsString("Refunded $25.00 to your original payment.")));
    }

    @Test
    void aRejectionWithoutANoteIsRefusedAndWithOneTellsTheCustomer() throws Exception {
        Customer customer = newCustomer();
        long product = newProduct(CATEGORY, new BigDecimal("25.00"), 10);
        long order = deliveredOrder(customer, product, 1);
        long returnId = returned(customer, order, product, 1);

        mvc.perform(post("/admin/returns/{id}/reject", returnId).param("note", "").with(signedInAsAdmin()).with(csrf()))
                .andExpect(flash().attribute("error", containsString("note")));
        mvc.perform(post("/admin/returns/{id}/reject", returnId).param("note", "Worn items cannot be returned.")
                        .with(signedInAsAdmin()).with(csrf()))
                .andExpect(flash().attribute("message", containsString("is now rejected")));

        mvc.perform(get("/account/orders/{id}", order).with(signedIn(customer)))
                .andExpect(content().string(allOf(containsString("Worn items cannot be returned."),
                        containsString("id=\"return-form\""))));
    }
}
