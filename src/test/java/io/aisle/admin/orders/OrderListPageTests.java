package io.aisle.admin.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
                "$49.97", "status-CONFIRMED", "name=\"ids\" value=\"" + order + "\"", "name=\"tracking-" + order + "\"");
    }

    @Test
    void filtersByStatusKeptInTheUrlOfTheFormPagesAndExport() throws Exception {
        long product = product(word() + " Filtered", 5);
        long shipped = buy(newCustomer(), product, 1);
        long paid = buy(newCustomer(), product, 1);
        changeStatusThroughApi(shipped, "SHIPPED");

        String html = adminPage("/admin/orders?status=SHIPPED&q=");

        assertThat(html).contains("id=\"order-" + shipped + "\"").doesNotContain("id=\"order-" + paid + "\"");
        assertThat(html).containsPattern("<option value=\"SHIPPED\" selected=\"selected\">Shipped</option>")
                .contains("href=\"/admin/orders.csv?status=SHIPPED&amp;q=\"");
    }

    @Test
    void findsOrdersByNumberEmailOrNameIncludingAGuestsOrder() throws Exception {
        Customer customer = newCustomer();
        String name = "Zelda" + word();
        addToCart(customer, product(word() + " Searched", 5), 1);
        long order = id(checkout(customer, Map.of("shippingAddress", Map.of("fullName", name + " Fitzgerald",
                "line1", "1 Main St", "city", "Montgomery", "region", "AL", "postalCode", "36104", "country", "us")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
        withContactEmail(order, customer);
        long other = buy(newCustomer(), product(word() + " Other", 5), 1);
        String guestEmail = unique("guest") + "@example.org";
        long guest = guestOrder(guestEmail, "Guest " + word());

        assertThat(found("#" + order)).containsExactly(order);
        assertThat(found(String.valueOf(guest))).containsExactly(guest);
        assertThat(found(customer.email())).containsExactly(order);
        assertThat(found(customer.email().substring(0, customer.email().indexOf('@')).toUpperCase())).containsExactly(order);
        assertThat(found(name.toLowerCase())).containsExactly(order);
        assertThat(found(guestEmail)).containsExactly(guest);
        assertThat(found("%")).doesNotContain(order, other, guest);
        assertThat(element(adminPage("/admin/orders?q={q}", guestEmail), "tr", "order-" + guest)).contains("Guest ");
    }

    @Test
    void filtersByPaymentStatusAndPlacedDates() throws Exception {
        String email = unique("filtered") + "@example.org";
        long old = guestOrder(email, "Old " + word());
        long refunded = guestOrder(email, "Refunded " + word());
        long recent = guestOrder(email, "Recent " + word());
        jdbc.sql("UPDATE orders SET created_at = '2020-01-15 23:30:00' WHERE id = :id").param("id", old).update();
        jdbc.sql("UPDATE orders SET payment_status = 'REFUNDED' WHERE id = :id").param("id", refunded).update();

        assertThat(found(email)).containsExactly(recent, refunded, old);
        assertThat(ids(adminPage("/admin/orders?q={q}&payment=refunded", email))).containsExactly(refunded);
        assertThat(ids(adminPage("/admin/orders?q={q}&from=2020-01-15&to=2020-01-15", email))).containsExactly(old);
        assertThat(ids(adminPage("/admin/orders?q={q}&from=2020-01-16", email))).containsExactly(recent, refunded);
        assertThat(ids(adminPage("/admin/orders?q={q}&to=2020-01-14", email))).isEmpty();
        assertThat(mvc.perform(get("/admin/orders?from=2020-02-01&to=2020-01-01").with(signedInAsAdmin()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("from must not be after to");
    }

    @Test
    void shipsTheSelectedOrdersEachWithItsTrackingNumberAndSaysWhichWereRefused() throws Exception {
        long product = product(word() + " Bulk", 10);
        long first = buy(newCustomer(), product, 1);
        long second = buy(newCustomer(), product, 1);
        long cancelled = buy(newCustomer(), product, 1);
        changeStatusThroughApi(cancelled, "CANCELLED");

        mvc.perform(post("/admin/orders/ship").with(signedInAsAdmin()).with(csrf()).param("carrier", "DPD")
                        .param("ids", String.valueOf(first), String.valueOf(second), String.valueOf(cancelled))
                        .param("tracking-" + first, "01234567890123").param("tracking-" + second, "0987 6543 2109")
                        .param("tracking-" + cancelled, "55555555"))
                .andExpect(redirectedUrl("/admin/orders"))
                .andExpect(flash().attribute("message", "Shipped #" + first + ", #" + second + "."))
                .andExpect(flash().attribute("error", "Not shipped: #" + cancelled + " (Order " + cancelled
                        + " is CANCELLED and cannot become SHIPPED.)"));

        assertThat(tracking(first)).isEqualTo("DPD 01234567890123 https://tracking.dpd.de/status/en_US/parcel/01234567890123");
        assertThat(tracking(second)).isEqualTo("DPD 098765432109 https://tracking.dpd.de/status/en_US/parcel/098765432109");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shipments WHERE order_id = :id").param("id", cancelled)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void shipsNothingWhenNoOrderIsTickedOrARowLacksItsTrackingNumber() throws Exception {
        long order = buy(newCustomer(), product(word() + " Unticked", 5), 1);

        mvc.perform(post("/admin/orders/ship").with(signedInAsAdmin()).with(csrf()).param("carrier", "UPS"))
                .andExpect(redirectedUrl("/admin/orders"))
                .andExpect(flash().attribute("error", "ids must name at least one order: tick the orders first."));
        mvc.perform(post("/admin/orders/ship").with(signedInAsAdmin()).with(csrf()).param("carrier", "UPS")
                        .param("ids", String.valueOf(order)))
                .andExpect(flash().attribute("error", "Not shipped: #" + order + " (trackingNumber is required for UPS.)"));

        assertThat(jdbc.sql("SELECT status FROM orders WHERE id = :id").param("id", order).query(String.class).single())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void exportsTheSelectedOrdersAsAPackingListWithOneRowPerLineItem() throws Exception {
        Customer customer = newCustomer();
        String first = word() + " Packed";
        String second = "=HYPERLINK(\"evil\")" + word();
        addToCart(customer, product(first, 5), 2);
        addToCart(customer, product(second, 5), 1);
        long order = withContactEmail(id(placeOrder(customer)), customer);
        long notSelected = buy(newCustomer(), product(word() + " Left", 5), 1);
        jdbc.sql("UPDATE orders SET ship_company = 'Navy, Inc.', ship_region = 'VA', ship_phone = '+1 555 0100' WHERE id = :id")
                .param("id", order).update();
        String guestEmail = unique("guestcsv") + "@example.org";
        long guest = guestOrder(guestEmail, "Guest Packer");

        var response = mvc.perform(post("/admin/orders/export").with(signedInAsAdmin()).with(csrf())
                        .param("ids", String.valueOf(order), String.valueOf(guest)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"orders-selected-" + LocalDate.now(ZoneOffset.UTC) + ".csv\""))
                .andReturn().getResponse();

        List<String> lines = List.of(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", List.of("order_id", "line", "placed_at", "status",
                "payment_status", "email", "ship_name", "ship_company", "ship_line1", "ship_line2", "ship_city",
                "ship_region", "ship_postal_code", "ship_country", "ship_phone", "sku", "product_name", "quantity",
                "unit_price", "line_total", "subtotal", "shipping_fee", "discount_total", "tax_total", "total",
                "currency", "payment_reference", "carrier", "tracking_number", "shipped_at", "delivered_at",
                "cancelled_at")));
        assertThat(lines).hasSize(4).noneMatch(line -> line.startsWith(notSelected + ","));
        assertThat(lines.get(1)).startsWith(guest + ",1,").contains(",CONFIRMED,PAID," + guestEmail + ",Guest Packer,,");
        assertThat(lines.get(2)).startsWith(order + ",1,").contains(",CONFIRMED,PAID," + customer.email()
                + ",Grace Hopper,\"Navy, Inc.\",1 Navy Way,,Arlington,VA,22201,US,'+1 555 0100,", "," + first + ",2,19.99,39.98,");
        assertThat(lines.get(3)).startsWith(order + ",2,").contains(",\"'=HYPERLINK(\"\"evil\"\")" + second.substring(18)
                + "\",1,19.99,19.99,59.97,0.00,0.00,0.00,59.97,USD,");
    }

    @Test
    void exportsEveryOrderTheSearchMatchesAsAPackingListThatNoSpreadsheetRunsAsAFormula() throws Exception {
        Customer customer = newCustomer();
        addToCart(customer, product(word() + " Exported", 5), 3);
        long order = id(checkout(customer, Map.of("shippingAddress", Map.of("fullName", "@SUM(1+1)*cmd|' /C calc'!A0",
                "line1", "1 Navy Way", "city", "Arlington, \"Rive Gauche\"", "region", "VA", "postalCode", "22201",
                "country", "us")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
        withContactEmail(order, customer);
        changeStatusThroughApi(withContactEmail(buy(customer, product(word() + " Shipped", 5), 1), customer), "SHIPPED");

        var response = mvc.perform(get("/admin/orders.csv?status=CONFIRMED&q={q}", customer.email()).with(signedInAsAdmin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"orders-confirmed-" + LocalDate.now(ZoneOffset.UTC) + ".csv\""))
                .andReturn().getResponse();

        List<String> lines = List.of(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(order + ",1,").contains(",CONFIRMED,PAID," + customer.email()
                + ",'@SUM(1+1)*cmd|' /C calc'!A0,,1 Navy Way,,\"Arlington, \"\"Rive Gauche\"\"\",VA,22201,US,,",
                ",3,19.99,59.97,59.97,0.00,0.00,0.00,59.97,USD,");
    }

    /** The ids of the orders the list shows for this search, in its order. */
    private List<Long> found(String q) throws Exception {
        return ids(adminPage("/admin/orders?q={q}", q));
    }

    private static List<Long> ids(String html) {
        return java.util.regex.Pattern.compile("<tr id=\"order-(\\d+)\"").matcher(html).results()
                .map(match -> Long.valueOf(match.group(1))).toList();
    }

    private String tracking(long order) {
        return jdbc.sql("SELECT CONCAT(carrier, ' ', tracking_number, ' ', tracking_url) FROM shipments WHERE order_id = :id")
                .param("id", order).query(String.class).single();
    }

    /**
     * The order's contact e-mail, as checkout writes it into {@code orders.email} for a signed-in customer (V16);
     * written here too while checkout does not yet, and left alone once it does.
     */
    private long withContactEmail(long order, Customer customer) {
        jdbc.sql("UPDATE orders SET email = :email WHERE id = :id AND email IS NULL")
                .param("email", customer.email()).param("id", order).update();
        return order;
    }

    /** A guest's order as guest checkout stores it (no account: user_id NULL, the e-mail on the order). */
    private long guestOrder(String email, String shipName) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO orders (user_id, email, guest_email, status, subtotal, shipping_fee, total, currency,
                                    item_count, ship_full_name, ship_line1, ship_city, ship_postal_code, ship_country,
                                    estimated_delivery, created_at, updated_at)
                VALUES (NULL, :email, :email, 'CONFIRMED', 5.00, 9.99, 14.99, 'USD', 1, :name, '2 Guest Rd', 'Leeds',
                        'LS1 1AA', 'GB', CURRENT_DATE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                """).param("email", email).param("name", shipName).update(keys);
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("""
                INSERT INTO order_items (order_id, product_id, sku, product_name, category_slug, category_name,
                                         unit_price, quantity, line_total)
                VALUES (:id, 1, 'GUEST-SKU', 'Guest item', 'electronics', 'Electronics', 5.00, 1, 5.00)
                """).param("id", id).update();
        return id;
    }
}
