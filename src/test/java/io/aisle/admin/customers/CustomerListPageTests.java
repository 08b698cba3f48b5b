package io.aisle.admin.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.admin.AdminPageTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class CustomerListPageTests extends AdminPageTest {

    private static final Pattern ROW = Pattern.compile("<tr id=\"customer-(\\d+)\">");
    private static final Pattern SPENT = Pattern.compile("class=\"num spent\"><span class=\"money\">\\$([0-9,.]+)</span>");

    @Test
    void showsEachCustomersOrderCountTotalSpentAndLastOrderWithoutCancelledOrders() throws Exception {
        long product = newProduct(CATEGORY, new BigDecimal("30.00"), 20);
        Customer customer = newCustomer();
        buy(customer, product, 1);
        long cancelled = buy(customer, product, 3);
        long last = buy(customer, product, 2);
        api.post().uri("/api/v1/orders/{id}/cancel", cancelled).header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .exchange().expectStatus().isOk();
        Customer newcomer = newCustomer();

        mvc.perform(get("/admin/customers").with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/customers/list"));
        String html = adminPage("/admin/customers");

        // 30.00 + 9.99 shipping, and 60.00 with free shipping
        String row = element(html, "tr", "customer-" + customer.id());
        assertThat(row).contains("Test Customer", customer.email(), "<td data-label=\"Orders\" class=\"num orders\">2</td>",
                "$99.99", lastOrderTime(last));
        assertThat(element(html, "tr", "customer-" + newcomer.id())).contains(
                "<td data-label=\"Orders\" class=\"num orders\">0</td>", "$0.00", "<span class=\"muted\">—</span>");
    }

    @Test
    void keepsPlaceholdersForTheInsightsModulesPredictions() throws Exception {
        Customer customer = newCustomer();

        String html = adminPage("/admin/customers");

        assertThat(element(html, "tr", "customer-" + customer.id())).contains(
                "<td data-label=\"Churn risk\" class=\"num churn-risk\">—</td>", "predicted-spend");
        assertThat(element(html, "p", "insights-note")).contains("Churn risk and predicted spend come from the insights");
    }

    @Test
    void ranksCustomersWhoOrderedByTheirLastOrder() throws Exception {
        Customer customer = newCustomer();
        buy(customer, product(word() + " Recent", 5), 1);

        String html = adminPage("/admin/customers?sort=last-order");

        assertThat(ROW.matcher(html).results().findFirst()).hasValueSatisfying(
                first -> assertThat(first.group(1)).isEqualTo(String.valueOf(customer.id())));
        assertThat(html).contains("aria-current=\"page\">Recent buyers</a>", "who have ordered, ranked");
    }

    @Test
    void ranksCustomersWhoOrderedByTotalSpentHighestFirst() throws Exception {
        buy(newCustomer(), product(word() + " Spent", 5), 1);

        List<BigDecimal> spent = SPENT.matcher(adminPage("/admin/customers?sort=spent")).results()
                .map(m -> new BigDecimal(m.group(1).replace(",", ""))).toList();

        assertThat(spent).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(spent).allSatisfy(amount -> assertThat(amount).isPositive());
    }

    @Test
    void answersHtmxWithTheResultsAlone() throws Exception {
        assertThat(resultsFragment("/admin/customers?sort=spent")).contains("customers-table", "aria-sort=\"descending\"");
    }

    @Test
    void refusesAnUnknownSortWithAPageThatSaysSo() throws Exception {
        mvc.perform(get("/admin/customers?sort=shoe-size").with(signedInAsAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/problem"));
    }

    private String lastOrderTime(long orderId) {
        java.time.Instant placed = jdbc.sql("SELECT created_at FROM orders WHERE id = :id").param("id", orderId)
                .query(java.time.LocalDateTime.class).single().toInstant(java.time.ZoneOffset.UTC);
        return "datetime=\"" + placed + "\"";
    }
}
