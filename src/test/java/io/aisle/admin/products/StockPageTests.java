package io.aisle.admin.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.admin.AdminPageTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class StockPageTests extends AdminPageTest {

    @Test
    void showsTheStockOnTheProductsPageWhereItUpdatesLive() throws Exception {
        long id = product(word() + " Counted", 11);

        String stock = element(adminPage("/admin/products/{id}/edit", id), "section", "stock-card");

        assertThat(stock).contains("sse-connect=\"/admin/events/stock\"", "sse-swap=\"stock-" + id + "\"",
                "<span class=\"stock-level in\">11</span>", "action=\"/admin/products/" + id + "/stock\"",
                ">Adjust stock</button>");
    }

    @Test
    void adjustsTheStockAndRecordsWhoDidItAndWhy() throws Exception {
        long id = product(word() + " Delivered", 10);

        mvc.perform(adjust(id, "15", "Delivery from the warehouse"))
                .andExpect(redirectedUrl("/admin/products/" + id + "/edit"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.endsWith(" is now 25.")));

        assertThat(stockInDatabase(id)).isEqualTo(25);
        Map<String, Object> audit = jdbc.sql("""
                SELECT a.delta, a.stock_after, a.reason, u.email FROM stock_adjustments a JOIN users u ON u.id = a.actor_id
                WHERE a.product_id = :id""").param("id", id).query().singleRow();
        assertThat(audit).containsEntry("delta", 15).containsEntry("stock_after", 25)
                .containsEntry("reason", "Delivery from the warehouse").containsEntry("email", ADMIN_EMAIL);
    }

    @Test
    void refusesToTakeTheStockBelowZeroAndSaysWhy() throws Exception {
        String name = word() + " Scarce";
        long id = product(name, 3);

        MockHttpSession browser = new MockHttpSession();
        mvc.perform(adjust(id, "-4", "Counted wrong").session(browser))
                .andExpect(redirectedUrl("/admin/products/" + id + "/edit"))
                .andExpect(flash().attribute("error", "Stock of " + name + " is 3; it cannot go below zero."));

        assertThat(stockInDatabase(id)).isEqualTo(3);
        // the redirect's page, in the same session, shows the message the refusal left there
        String page = mvc.perform(get("/admin/products/{id}/edit", id).with(signedInAsAdmin()).session(browser))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<div class=\"alert alert-bad\" role=\"alert\">Stock of " + name
                + " is 3; it cannot go below zero.</div>");
    }

    @Test
    void showsInvalidInputNextToTheFieldsOfTheStockForm() throws Exception {
        long id = product(word() + " Unchanged", 6);

        String missing = mvc.perform(adjust(id, "", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/products/form"))
                .andExpect(model().attributeHasFieldErrors("stockForm", "delta", "reason"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String zero = mvc.perform(adjust(id, "0", "Nothing"))
                .andExpect(model().attributeHasFieldErrors("stockForm", "nonZero"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(element(missing, "form", "stock-form")).contains("must be a number of units, like 10 or -3", "is required");
        assertThat(element(zero, "form", "stock-form")).contains("must not be 0", "value=\"0\"");
        assertThat(stockInDatabase(id)).isEqualTo(6);
    }

    private MockHttpServletRequestBuilder adjust(long id, String delta, String reason) {
        return post("/admin/products/{id}/stock", id).with(signedInAsAdmin()).with(csrf())
                .param("delta", delta).param("reason", reason);
    }
}
