package io.aisle.admin.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.admin.AdminPageTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderListPageTests extends AdminPageTest {

    @Test
    void listsTheNewestOrdersFirstWithTheirCustomers() throws Exception {
        Customer customer = newCustomer();
        long order = buy(customer, product(word() + " Listed", 5), 2);

        mvc.perform(get("/admin/orders").with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/orders/list"));
        String row = element(adminPage("/admin/orders"), "tr", "order-" + order);

        assertThat(row).contains("href=\"/admin/orders/" + order + "\"", customer.email(), "Grace Hopper, Arlington",
                "$49.97", "status-PAID");
    }

    @Test
    void filtersByStatusKeptInTheUrlOfTheTabsPagesAndExport() throws Exception {
        long product = product(word() + " Filtered", 5);
        long shipped = buy(newCustomer(), product, 1);
        long paid = buy(newCustomer(), product, 1);
        changeStatusThroughApi(shipped, "SHIPPED");

        String html = adminPage("/admin/orders?status=SHIPPED");

        assertThat(html).contains("id=\"order-" + shipped + "\"").doesNotContain("id=\"order-" + paid + "\"");
        assertThat(html).containsPattern("<a href=\"/admin/orders\\?status=SHIPPED\"[^>]*hx-get=\"/admin/orders\\?status="
                + "SHIPPED\"[^>]*aria-current=\"page\">Shipped</a>").contains("href=\"/admin/orders.csv?status=SHIPPED\"");
    }

    @Test
    void answersHtmxWithTheResultsAlone() throws Exception {
        assertThat(resultsFragment("/admin/orders?status=PAID")).contains("orders-table", "aria-current=\"page\">Paid</a>");
    }

    @Test
    void refusesAnUnknownStatusWithAPageThatSaysSo() throws Exception {
        String html = mvc.perform(get("/admin/orders?status=LOST").with(signedInAsAdmin()))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Unknown order status");
    }

    @Test
    void exportsTheOrdersOfAStatusAsCsvThatNoSpreadsheetRunsAsAFormula() throws Exception {
        Customer customer = newCustomer();
        addToCart(customer, product(word() + " Exported", 5), 3);
        long order = id(checkout(customer, Map.of("shippingAddress", Map.of("fullName", "@SUM(1+1)*cmd|' /C calc'!A0",
                "line1", "1 Rue de Rivoli", "city", "Paris, \"Rive Gauche\"", "postalCode", "75001", "country", "fr")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());

        var response = mvc.perform(get("/admin/orders.csv?status=PAID").with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"orders-paid-" + LocalDate.now(ZoneOffset.UTC) + ".csv\""))
                .andReturn().getResponse();

        List<String> lines = List.of(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("id,placed_at,status,customer,ship_to,city,postal_code,country,items,"
                + "subtotal,shipping_fee,total,currency,payment_reference,shipped_at,delivered_at,cancelled_at");
        assertThat(lines.get(1)).startsWith(order + ",").contains(",PAID," + customer.email()
                + ",'@SUM(1+1)*cmd|' /C calc'!A0,\"Paris, \"\"Rive Gauche\"\"\",75001,FR,3,59.97,0.00,59.97,USD,");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",PAID,"));
    }
}
