package io.aisle.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Checkout prices on the real database with the real shipping zones, tax rates and promotions: what the quote
 * shows is what the order charges, in a tax-exclusive and a tax-inclusive shop, by zone.
 */
class CheckoutPricingTests extends OrderingApiTest {

    private static final Map<String, Object> CUPERTINO = Map.of("fullName", "Ada Lovelace", "line1", "1 Infinite Loop",
            "city", "Cupertino", "region", "CA", "postalCode", "95014", "country", "US");
    private static final Map<String, Object> BERLIN = Map.of("fullName", "Ada Lovelace", "line1", "Unter den Linden 1",
            "city", "Berlin", "postalCode", "10117", "country", "DE");
    private static final Map<String, Object> TOKYO = Map.of("fullName", "Ada Lovelace", "line1", "1-1 Chiyoda",
            "city", "Tokyo", "postalCode", "100-0001", "country", "JP");

    @Test
    void aTaxExclusiveShopAddsTaxOnTheDiscountedLinesAndTheOrderChargesWhatTheQuoteShowed() {
        rate("US", "CA", "standard", "CA sales tax", "0.0725");
        Customer customer = newCustomer();
        long lamp = product("40.00", "standard");
        long book = product("20.00", "zero");
        addToCart(customer, lamp, 1);
        addToCart(customer, book, 1);
        String code = code("PERCENTAGE", "10");
        long express = method(CUPERTINO, "Express");
        Map<String, Object> request = Map.of("shippingAddress", CUPERTINO, "shippingMethodId", express,
                "promotionCode", code.toLowerCase());

        Map<?, ?> quote = quote(customer, request);

        // 10 % of 60.00 = 6.00, split 4.00 / 2.00; tax on (40.00 − 4.00) at 7.25 % = 2.61, none on the zero class
        assertThat(money(quote.get("subtotal"))).isEqualByComparingTo("60.00");
        assertThat(money(quote.get("discountTotal"))).isEqualByComparingTo("6.00");
        assertThat(money(quote.get("shippingFee"))).isEqualByComparingTo("14.99");
        assertThat(money(quote.get("taxTotal"))).isEqualByComparingTo("2.61");
        assertThat(money(quote.get("total"))).isEqualByComparingTo("71.60");
        assertThat(lines(quote)).extracting(l -> cents(l.get("discount")), l -> cents(l.get("tax"))).containsExactly(org.assertj.core.groups.Tuple.tuple("4.00", "2.61"),
                org.assertj.core.groups.Tuple.tuple("2.00", "0.00"));

        Map<?, ?> order = checkout(customer, request).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();

        for (String figure : List.of("subtotal", "discountTotal", "shippingFee", "taxTotal", "total")) {
            assertThat(money(order.get(figure))).as(figure).isEqualByComparingTo(money(quote.get(figure)));
        }
        assertThat(order.get("shippingMethod")).isEqualTo("Express");
        assertThat(order.get("pricesIncludeTax")).isEqualTo(false);
        assertThat(adjustments(order)).extracting(a -> a.get("kind") + " " + a.get("label") + " " + a.get("code") + " "
                + cents(a.get("amount")))
                .containsExactlyInAnyOrder("DISCOUNT Code " + code + " " + code + " 6.00", "TAX CA sales tax null 2.61");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM promotion_redemptions WHERE order_id = :id").param("id", id(order))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aTaxInclusiveShopShowsTheTaxContainedInThePricesAndTaxesShipping() {
        rate("DE", "", "standard", "MwSt.", "0.19");
        Map<?, ?> before = settings(null);
        try {
            settings(Map.of("pricesIncludeTax", true, "taxShipping", true));
            Customer customer = newCustomer();
            addToCart(customer, product("11.90", "standard"), 1);

            Map<?, ?> order = checkout(customer, Map.of("shippingAddress", BERLIN)).expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody();

            // 11.90 holds 1.90 at 19 %; shipping 9.99 holds 1.60; the total is what the prices say
            assertThat(money(order.get("shippingFee"))).isEqualByComparingTo("9.99");
            assertThat(money(order.get("taxTotal"))).isEqualByComparingTo("3.50");
            assertThat(money(order.get("total"))).isEqualByComparingTo("21.89");
            assertThat(order.get("pricesIncludeTax")).isEqualTo(true);
        } finally {
            settings(Map.of("pricesIncludeTax", before.get("pricesIncludeTax"), "taxShipping",
                    before.get("taxShipping")));
        }
    }

    @Test
    void aFreeShippingCodeTakesOffTheShippingPrice() {
        Customer customer = newCustomer();
        addToCart(customer, product("20.00", "standard"), 1);
        String code = code("FREE_SHIPPING", null);

        Map<?, ?> quote = quote(customer, Map.of("shippingAddress", TOKYO, "promotionCode", code));

        assertThat(money(quote.get("shippingFee"))).isEqualByComparingTo("9.99");
        assertThat(money(quote.get("discountTotal"))).isEqualByComparingTo("9.99");
        assertThat(money(quote.get("total"))).isEqualByComparingTo("20.00");
        assertThat(adjustments(quote)).extracting(a -> (Object) a.get("kind")).containsExactly("SHIPPING_DISCOUNT");
    }

    @Test
    void eachAddressGetsTheMethodsOfItsZoneAndAnotherZonesMethodIsA400() {
        Customer customer = newCustomer();
        addToCart(customer, product("20.00", "standard"), 1);

        List<String> us = names(quote(customer, Map.of("shippingAddress", CUPERTINO)));
        List<String> japan = names(quote(customer, Map.of("shippingAddress", TOKYO)));

        assertThat(us).contains("Standard", "Express", "Store pick-up");
        assertThat(japan).contains("Standard", "Express").doesNotContain("Store pick-up");
        long pickup = method(CUPERTINO, "Store pick-up");
        expectProblem(checkout(customer, Map.of("shippingAddress", TOKYO, "shippingMethodId", pickup)), 400);
        expectProblem(api.post().uri("/api/v1/checkout/quote").header(HttpHeaders.AUTHORIZATION, customer.bearer())
                .body(Map.of("shippingAddress", TOKYO, "promotionCode", "NO-SUCH-CODE-" + unique("x"))).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("code");
    }

    @Test
    void aPostalCodeThatDoesNotFitTheCountryIsA400NamingTheField() {
        Customer customer = newCustomer();
        long product = product("20.00", "standard");
        addToCart(customer, product, 1);
        Map<String, Object> address = new HashMap<>(CUPERTINO);
        address.put("postalCode", "ABC");

        expectProblem(checkout(customer, Map.of("shippingAddress", address)), 400)
                .jsonPath("$.errors[0].field").isEqualTo("shippingAddress.postalCode");
        assertThat(stockInDatabase(product)).isEqualTo(10);
    }

    private Map<?, ?> quote(Customer customer, Map<String, ?> body) {
        return api.post().uri("/api/v1/checkout/quote").header(HttpHeaders.AUTHORIZATION, customer.bearer()).body(body)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private long product(String price, String taxClass) {
        Map<?, ?> product = api.post().uri("/api/v1/products").header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("sku", unique("SKU").toUpperCase(), "name", unique("Priced product"), "brand", "Testbrand",
                        "category", CATEGORY, "description", "A product made by a test.", "price", new BigDecimal(price),
                        "stock", 10, "taxClass", taxClass))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) product.get("id")).longValue();
    }

    /** A code of this kind that only this test's customers use; unlimited. */
    private String code(String kind, String value) {
        String code = unique("CODE").toUpperCase().replace("-", "");
        Map<String, Object> body = new HashMap<>(Map.of("name", "Code " + code, "code", code, "kind", kind));
        if (value != null) {
            body.put("value", new BigDecimal(value));
        }
        api.post().uri("/api/v1/admin/promotions").header(HttpHeaders.AUTHORIZATION, adminBearer()).body(body)
                .exchange().expectStatus().isCreated();
        return code;
    }

    /** The rate these tests price with; the demo seeds it in a new shop, and an older test database may lack it. */
    private void rate(String country, String region, String taxClass, String name, String rate) {
        int status = api.post().uri("/api/v1/admin/taxes/rates").header(HttpHeaders.AUTHORIZATION, adminBearer())
                .body(Map.of("country", country, "region", region, "taxClass", taxClass, "name", name, "rate",
                        new BigDecimal(rate)))
                .exchange().returnResult(Map.class).getStatus().value();
        assertThat(status).isIn(201, 409);
    }

    private Map<?, ?> settings(Map<String, ?> change) {
        var spec = change == null
                ? api.get().uri("/api/v1/admin/taxes/settings").header(HttpHeaders.AUTHORIZATION, adminBearer()).exchange()
                : api.put().uri("/api/v1/admin/taxes/settings").header(HttpHeaders.AUTHORIZATION, adminBearer())
                        .body(change).exchange();
        return spec.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private long method(Map<String, Object> address, String name) {
        List<Map<?, ?>> options = api.get().uri("/api/v1/shipping/options?country={c}&region={r}&subtotal=10",
                        address.get("country"), address.getOrDefault("region", ""))
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return options.stream().filter(o -> name.equals(o.get("name"))).map(o -> ((Number) o.get("methodId")).longValue())
                .findFirst().orElseThrow();
    }

    private static String cents(Object amount) {
        return money(amount).setScale(2).toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> lines(Map<?, ?> quote) {
        return (List<Map<?, ?>>) quote.get("lines");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> adjustments(Map<?, ?> priced) {
        return (List<Map<?, ?>>) priced.get("adjustments");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<?, ?> quote) {
        return ((List<Map<?, ?>>) quote.get("shippingOptions")).stream().map(o -> (String) o.get("name")).toList();
    }
}
