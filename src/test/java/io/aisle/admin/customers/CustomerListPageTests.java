package io.aisle.admin.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.aisle.admin.AdminPageTest;
import io.aisle.identity.CustomerDirectory;
import io.aisle.identity.CustomerSearch;
import io.aisle.identity.User;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.insights.CustomerInsight;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.CustomerScore;
import io.aisle.insights.FeatureContribution;
import io.aisle.insights.RankedCustomer;
import io.aisle.platform.PageQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerListPageTests extends AdminPageTest {

    @Autowired
    CustomerInsights insights;

    /** The churn and spend columns come from the active models' stored scores. */
    @BeforeAll
    void activeModels(@Autowired ApplicationContext context) {
        ActiveModelsFixture.ensure(context);
    }

    private static final Pattern ROW = Pattern.compile("<tr id=\"customer-(\\d+)\">");
    private static final Pattern SPENT = Pattern.compile("class=\"num spent\"><span class=\"money\">\\$([0-9,.]+)</span>");

    @Autowired
    CustomerDirectory directory;

    @Test
    void findsCustomersByEmailNameOrNumberAndFiltersByTheDayTheyJoined() throws Exception {
        String surname = "Quill" + word();
        long oldest = register("Ada " + surname, unique("ada") + "@example.com");
        long middle = register(surname + " Byron", unique("byron") + "@example.com");
        String email = unique("lovelace") + "@example.net";
        long newest = register("Augusta " + surname, email);
        jdbc.sql("UPDATE users SET created_at = '2019-05-05 10:00:00' WHERE id = :id").param("id", oldest).update();
        jdbc.sql("UPDATE users SET created_at = '2019-05-06 10:00:00' WHERE id = :id").param("id", middle).update();

        assertThat(ids("/admin/customers?q={q}", email.toUpperCase(Locale.ROOT))).containsExactly(newest);
        assertThat(ids("/admin/customers?q={q}", email.substring(0, 12))).containsExactly(newest);
        assertThat(ids("/admin/customers?q={q}", surname.toLowerCase(Locale.ROOT))).containsExactly(middle);
        assertThat(ids("/admin/customers?q={q}", "#" + oldest)).containsExactly(oldest);
        assertThat(ids("/admin/customers?q=&from=2019-05-05&to=2019-05-06")).contains(middle, oldest)
                .doesNotContain(newest);
        assertThat(ids("/admin/customers?q={q}&sort=spent&to=2019-05-05", "#" + oldest)).containsExactly(oldest);
        assertThat(ids("/admin/customers?q={q}&from=2019-05-06", "#" + oldest)).isEmpty();
        assertThat(adminPage("/admin/customers?q={q}", email)).contains("value=\"" + email + "\"");
        mvc.perform(get("/admin/customers?from=2019-05-07&to=2019-05-06").with(signedInAsAdmin()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesTheMatchesNewestFirstWithZeroBasedPageNumbersFromEitherEndOfTheIndex() {
        String name = "Paged" + word();
        List<Long> joined = java.util.stream.IntStream.range(0, 5)
                .mapToObj(n -> register(name + " " + n, unique("paged" + n) + "@example.com")).toList();
        CustomerSearch search = new CustomerSearch(name, null, null);

        List<List<Long>> pages = java.util.stream.IntStream.range(0, 4)
                .mapToObj(n -> directory.search(search, new PageQuery(n, 2)).content().stream().map(User::id).toList())
                .toList();

        assertThat(pages).containsExactly(List.of(joined.get(4), joined.get(3)), List.of(joined.get(2), joined.get(1)),
                List.of(joined.get(0)), List.of());
        var last = directory.search(search, new PageQuery(2, 2)).page();
        assertThat(last.totalElements()).isEqualTo(5);
        assertThat(last.totalPages()).isEqualTo(3);
    }

    private List<Long> ids(String url, Object... variables) throws Exception {
        return ROW.matcher(adminPage(url, variables)).results().map(m -> Long.valueOf(m.group(1))).toList();
    }

    /** A new customer with this name and e-mail; returns the account id. */
    private long register(String fullName, String email) {
        Map<?, ?> user = api.post().uri("/api/v1/auth/register")
                .body(Map.of("email", email, "password", "correct-horse-battery", "fullName", fullName))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) user.get("id")).longValue();
    }

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
    void saysACustomerWhoHasNotBoughtIsNotScored() throws Exception {
        Customer customer = newCustomer();

        String html = adminPage("/admin/customers");

        String row = element(html, "tr", "customer-" + customer.id());
        assertThat(element(row, "td", "risk-" + customer.id())).contains("not scored").doesNotContain("class=\"risk ");
        assertThat(element(row, "td", "spend-" + customer.id())).contains("not scored");
        assertThat(element(html, "p", "insights-note")).contains("active models", "not scored");
    }

    @Test
    void ranksScoredCustomersByChurnRiskShowingTheirBandProbabilityAndPredictedSpend() throws Exception {
        List<CustomerScore> top = insights.ranked(null, new PageQuery(0, CustomerListPageController.PAGE_SIZE))
                .content().stream().map(RankedCustomer::score).toList();

        String html = adminPage("/admin/customers?sort=risk");

        assertThat(ROW.matcher(html).results().map(m -> Long.parseLong(m.group(1))).toList())
                .isEqualTo(top.stream().map(CustomerScore::userId).toList());
        CustomerScore first = top.get(0);
        String word = switch (first.risk()) {
            case LOW -> "Likely";
            case MEDIUM -> "Maybe";
            case HIGH -> "Unlikely";
        };
        assertThat(element(html, "td", "risk-" + first.userId())).contains(
                "<span class=\"risk risk-" + first.risk() + "\">" + word + "</span>",
                Math.round((1 - first.churnProbability()) * 100) + "%");
        assertThat(element(html, "td", "spend-" + first.userId())).contains(
                "$" + String.format(Locale.ENGLISH, "%,.2f", first.predictedSpend()));
        assertThat(html).contains("aria-current=\"page\">At risk</a>", "least likely to buy again first",
                "Expected spend, next 90 days");
    }

    @Test
    void showsEachCustomersStoredBandUnderTheOtherSortsToo() throws Exception {
        String html = adminPage("/admin/customers?sort=spent");
        List<Long> ids = ROW.matcher(html).results().map(m -> Long.parseLong(m.group(1))).toList();
        Map<Long, CustomerScore> scores = insights.scores(ids);

        assertThat(scores).as("some top spenders are scored").isNotEmpty();
        for (long id : ids) {
            String cell = element(html, "td", "risk-" + id);
            if (scores.containsKey(id)) {
                assertThat(cell).contains("risk-" + scores.get(id).risk());
            } else {
                assertThat(cell).contains("not scored");
            }
        }
    }

    @Test
    void aScoredCustomersPageShowsThePredictionAndTheFeaturesThatDroveIt() throws Exception {
        CustomerScore stored = insights.ranked(null, new PageQuery(0, 1)).content().get(0).score();
        CustomerInsight now = insights.forCustomer(stored.userId());

        String html = adminPage("/admin/customers/{id}", stored.userId());

        assertThat(element(html, "p", "kpi-churn")).contains("risk-" + now.prediction().risk(),
                "model #" + now.prediction().churnModelId());
        assertThat(features(element(html, "table", "churn-drivers"))).isNotEmpty()
                .isEqualTo(now.churnDrivers().stream().map(FeatureContribution::feature).toList());
        // a prediction at its floor ($0) has no driver
        assertThat(features(element(html, "table", "spend-drivers")))
                .isEqualTo(now.spendDrivers().stream().map(FeatureContribution::feature).toList());
        assertThat(element(html, "section", "stored-score")).contains(
                String.format(Locale.ENGLISH, "%,.2f", stored.predictedSpend()));
        assertThat(adminPage("/admin/customers?sort=risk"))
                .contains("href=\"/admin/customers/" + stored.userId() + "\"");
    }

    @Test
    void aCustomerWhoHasNotBoughtIsNotScoredOnTheirPageAndOnlyTheAdminSeesIt() throws Exception {
        Customer newcomer = newCustomer();

        String html = adminPage("/admin/customers/{id}", newcomer.id());

        assertThat(element(html, "p", "not-scored")).contains("no purchase yet");
        assertThat(element(html, "section", "stored-score")).contains("Not scored.");
        mvc.perform(get("/admin/customers/{id}", newcomer.id()).with(signedIn(newcomer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/customers/{id}", 999_999_999L).with(signedInAsAdmin()))
                .andExpect(status().isNotFound());
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

    private static List<String> features(String driversTable) {
        return Pattern.compile("<td class=\"feature\">([a-z0-9_]+)</td>").matcher(driversTable).results().map(m -> m.group(1)).toList();
    }

    private String lastOrderTime(long orderId) {
        java.time.Instant placed = jdbc.sql("SELECT created_at FROM orders WHERE id = :id").param("id", orderId)
                .query(java.time.LocalDateTime.class).single().toInstant(java.time.ZoneOffset.UTC);
        return "datetime=\"" + placed + "\"";
    }
}
