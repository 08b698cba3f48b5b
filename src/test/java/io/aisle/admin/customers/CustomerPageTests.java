package io.aisle.admin.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.admin.AdminPageTest;
import io.aisle.insights.ActiveModelsFixture;
import io.aisle.insights.CustomerInsight;
import io.aisle.insights.CustomerInsights;
import io.aisle.insights.CustomerScore;
import io.aisle.insights.FeatureContribution;
import io.aisle.insights.ModelRegistry;
import io.aisle.platform.PageQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A customer's admin page: the models' answer in a shop owner's words first, and the customer's orders. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerPageTests extends AdminPageTest {

    private static final Pattern ORDER_ROW = Pattern.compile("<tr id=\"order-(\\d+)\">");
    private static final Pattern REASON = Pattern.compile("<span class=\"reason\">([^<]+)</span>");

    @Autowired
    CustomerInsights insights;

    @Autowired
    ModelRegistry registry;

    @BeforeAll
    void activeModels(@Autowired ApplicationContext context) {
        ActiveModelsFixture.ensure(context);
    }

    @Test
    void saysHowLikelyTheCustomerIsToBuyAgainWhatTheyWillSpendWhyAndHowSureBeforeAnyNumber() throws Exception {
        CustomerScore stored = insights.ranked(null, new PageQuery(0, 1)).content().get(0).score();
        CustomerInsight now = insights.forCustomer(stored.userId());
        double auc = registry.get(now.prediction().churnModelId()).metrics().get("auc");

        String html = adminPage("/admin/customers/{id}", stored.userId());

        assertThat(element(html, "div", "kpi-buy-again")).contains("Likely to buy again in the next 90 days",
                Math.round((1 - now.prediction().churnProbability()) * 100) + "%");
        assertThat(element(html, "div", "kpi-spend")).contains("Expected spend in the next 90 days",
                "$" + String.format(Locale.ENGLISH, "%,.2f", now.prediction().predictedSpend()));
        List<String> reasons = REASON.matcher(element(html, "ul", "buy-reasons")).results().map(m -> m.group(1)).toList();
        assertThat(reasons).isNotEmpty().hasSizeLessThanOrEqualTo(CustomerOutlook.REASONS)
                .isEqualTo(now.churnDrivers().stream().limit(CustomerOutlook.REASONS)
                        .map(d -> html(FeatureSentences.of(d.feature(), d.value(), now.features())) + ".").toList())
                .allSatisfy(reason -> assertThat(reason).doesNotContain("_"));
        assertThat(element(html, "dd", "sure-buy")).containsPattern("(Quite|Fairly|Not very|Not) sure\\.")
                .contains(Math.round(auc * 100) + " times in 100");
        assertThat(element(html, "dd", "sure-spend")).contains("Typically off by $");
        // the words come first; the model's figures are behind them, in a details panel
        assertThat(html.indexOf("id=\"how-sure\"")).isLessThan(html.indexOf("<details class=\"numbers\""));
        assertThat(element(html, "details", "prediction-numbers")).contains("id=\"churn-drivers\"", "id=\"spend-drivers\"");
        assertThat(now.churnDrivers().stream().map(FeatureContribution::feature)).isNotEmpty();
    }

    @Test
    void listsTheCustomersOrdersNewestFirstTenAPageEachLinkingToItsAdminPage() throws Exception {
        long product = product(word() + " Often", 50);
        Customer customer = newCustomer();
        List<Long> placed = new ArrayList<>(IntStream.range(0, CustomerPageController.ORDERS_PAGE_SIZE + 1)
                .mapToObj(n -> buy(customer, product, 1)).toList());
        Collections.reverse(placed);

        String first = adminPage("/admin/customers/{id}", customer.id());
        String second = adminFragment("/admin/customers/{id}?page=1", customer.id());

        assertThat(orders(element(first, "table", "customer-orders-table")))
                .isEqualTo(placed.subList(0, CustomerPageController.ORDERS_PAGE_SIZE));
        assertThat(first).contains("href=\"/admin/orders/" + placed.get(0) + "\"", "Page 1 of 2",
                "href=\"/admin/customers/" + customer.id() + "?page=1\"");
        assertThat(second.strip()).startsWith("<div class=\"results\">");
        assertThat(second).doesNotContain("<html", "kpi-buy-again");
        assertThat(orders(second)).containsExactly(placed.get(placed.size() - 1));
    }

    private static List<Long> orders(String html) {
        return ORDER_ROW.matcher(html).results().map(m -> Long.valueOf(m.group(1))).toList();
    }

    /** As Thymeleaf writes text: the few characters a sentence may hold escaped. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
