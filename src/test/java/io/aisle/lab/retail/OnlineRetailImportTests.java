package io.aisle.lab.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aisle.ApiTest;
import io.aisle.catalog.HistoricalProducts;
import io.aisle.modeling.ChurnMetrics;
import io.aisle.modeling.CustomerFeatures;
import io.aisle.modeling.CustomerLabel;
import io.aisle.modeling.FeatureService;
import io.aisle.modeling.LabelService;
import io.aisle.modeling.SpendMetrics;
import io.aisle.platform.ConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The importer on a slice of the real file (45 customers, src/test/resources/online-retail): counts per
 * cleaning rule, orders with the file's prices and postage in GBP, archived products nobody can see, a
 * refused second import, and the evaluation against BG/NBD on the imported customers. The expected
 * figures were computed from the slice independently (see the README next to it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineRetailImportTests extends ApiTest {

    private static final Instant TEST_CUTOFF = Instant.parse("2011-09-10T00:00:00Z");

    @Autowired
    OnlineRetailImport importer;

    @Autowired
    OnlineRetailEvaluation evaluation;

    @Autowired
    FeatureService features;

    @Autowired
    LabelService labels;

    private Path plain;
    private RetailImportResult result;
    private final List<String> progress = new ArrayList<>();

    /**
     * The slice plus one guest line with a unique description, so each test run imports new content (the
     * test database persists and a file's content is imported once); the guest line itself is skipped.
     */
    @BeforeAll
    void importSlice() throws IOException {
        plain = Files.createTempFile("online-retail-slice", ".csv");
        plain.toFile().deleteOnExit();
        try (InputStream slice = getClass().getResourceAsStream("/online-retail/online_retail_slice.csv")) {
            Files.write(plain, slice.readAllBytes());
        }
        Files.writeString(plain, "536365,85123A,RUN " + unique("guest") + ",1,2010-12-01 08:26:00,2.55,,United Kingdom\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        result = importer.importFile(plain, progress::add);
    }

    private long userId(String customerId) {
        return jdbc.sql("SELECT user_id FROM retail_customers WHERE import_id = :run AND customer_code = :code")
                .param("run", result.importId())
                .param("code", customerId)
                .query(Long.class)
                .single();
    }

    @Test
    void everyLineIsCountedUnderItsCleaningRule() {
        assertThat(result.dataLines()).isEqualTo(2_122);
        assertThat(result.linesByKind()).containsAllEntriesOf(Map.of("PRODUCT", 2_019L, "CANCELLATION", 75L,
                "NO_CUSTOMER", 13L, "POSTAGE", 8L, "NOT_MERCHANDISE", 5L, "NO_PRICE", 2L, "NO_QUANTITY", 0L,
                "ADJUSTMENT", 0L));
        assertThat(result.linesByKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2_122);
        assertThat(progress).anyMatch(line -> line.startsWith("customers 44/44"));
    }

    @Test
    void customersWithAnOrderBecomeAccountsAndInvoicesWithProductsBecomeOrders() {
        assertThat(result.customersInFile()).isEqualTo(45);
        assertThat(result.customers()).isEqualTo(44);
        assertThat(result.orders()).isEqualTo(125);
        assertThat(result.orderLines()).isEqualTo(2_019);
        assertThat(result.products()).isEqualTo(1_027);
        assertThat(result.merchandise()).isEqualByComparingTo("39948.19");
        assertThat(result.postage()).isEqualByComparingTo("454.00");
        assertThat(result.cancelledValue()).isEqualByComparingTo("-4736.86");
        long orders = jdbc.sql("""
                SELECT COUNT(*) FROM orders o JOIN retail_customers r ON r.user_id = o.user_id
                WHERE r.import_id = :run
                """).param("run", result.importId()).query(Long.class).single();
        assertThat(orders).isEqualTo(125);
        Map<String, Object> account = jdbc.sql("SELECT email, password_hash FROM users WHERE id = :id")
                .param("id", userId("14932")).query().singleRow();
        assertThat(account.get("email")).isEqualTo("uci-" + result.importId() + "-14932@online-retail.invalid");
        assertThat(account.get("password_hash")).as("an imported customer can never sign in").isNull();
    }

    @Test
    void anInvoiceKeepsTheFilesPricesWithItsPostageAsShippingInPounds() {
        Map<String, Object> order = jdbc.sql("""
                SELECT id, status, subtotal, shipping_fee, total, currency FROM orders
                WHERE user_id = :user AND created_at = :at
                """)
                .param("user", userId("14932"))
                .param("at", LocalDateTime.parse("2010-12-09T11:48:00"))
                .query().singleRow();

        assertThat(order.get("status")).isEqualTo("DELIVERED");
        assertThat((BigDecimal) order.get("subtotal")).isEqualByComparingTo("313.53");
        assertThat((BigDecimal) order.get("shipping_fee")).isEqualByComparingTo("50.00");
        assertThat((BigDecimal) order.get("total")).isEqualByComparingTo("363.53");
        assertThat(order.get("currency")).isEqualTo("GBP");
        long lines = jdbc.sql("SELECT COUNT(*) FROM order_items WHERE order_id = :id AND sku LIKE 'UCI-%'")
                .param("id", order.get("id")).query(Long.class).single();
        assertThat(lines).isEqualTo(16);
    }

    @Test
    void aCustomersFeaturesAndLabelsComeFromTheImportedOrders() {
        long user = userId("12747");

        CustomerFeatures before = features.featuresAsOf(TEST_CUTOFF, List.of(user)).get(0);
        CustomerLabel after = labels.labelsAsOf(TEST_CUTOFF, Duration.ofDays(90), List.of(user)).get(user);

        assertThat(before.orderCount()).isEqualTo(8);
        assertThat(before.totalSpend()).isEqualTo(2769.40, within(0.001));
        assertThat(before.cancelledOrders()).isZero();
        assertThat(after.churned()).isFalse();
        assertThat(after.spend()).isEqualByComparingTo("1426.61");
    }

    @Test
    void importedProductsAreArchivedAndInvisibleInTheShop() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE sku = 'UCI-85123A' AND deleted_at IS NOT NULL")
                .query(Long.class).single()).isOne();
        String categories = api.get().uri("/api/v1/categories").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        assertThat(categories).doesNotContain(HistoricalProducts.CATEGORY_SLUG);
        String found = api.get().uri("/api/v1/products?q=CHRISTMAS MUSICAL ZINC STAR&size=100").exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat(found).doesNotContain("UCI-");
    }

    @Test
    void theSameContentIsRefusedTheSecondTimeEvenGzipped() throws IOException {
        Path gzipped = Files.createTempFile("online-retail-slice", ".csv.gz");
        gzipped.toFile().deleteOnExit();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(plain, out);
        }

        assertThatThrownBy(() -> importer.importFile(gzipped, line -> { }))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("was imported by run " + result.importId());
    }

    @Test
    void theEvaluationScoresModelsAndBaselineOnTheSameHoldoutCustomers() {
        RetailEvaluation report = evaluation.evaluate(Optional.of(result.importId()), RetailEvaluationSettings.DEFAULT);

        assertThat(report.customers()).isEqualTo(44);
        assertThat(report.calibrationCustomers()).isEqualTo(35);
        assertThat(report.testRows()).isEqualTo(35);
        assertThat(report.churnRate()).isEqualTo(15.0 / 35, within(1e-9));
        assertThat(report.churn()).extracting(ChurnMetrics::model).containsExactly("xgboost", "linear",
                OnlineRetailEvaluation.NO_PURCHASE, OnlineRetailEvaluation.NOT_ALIVE);
        assertThat(report.spend()).extracting(SpendMetrics::model).containsExactly("xgboost", "linear",
                OnlineRetailEvaluation.BASELINE_SPEND);
        assertThat(report.churn()).allSatisfy(m -> {
            assertThat(m.rows()).isEqualTo(35);
            assertThat(m.auc()).isBetween(0.0, 1.0);
            assertThat(m.brier()).isBetween(0.0, 1.0);
        });
        assertThat(report.spend()).allSatisfy(m -> {
            assertThat(m.rows()).isEqualTo(35);
            assertThat(m.mae()).isPositive().isFinite();
        });
        assertThat(report.report()).contains("| BG/NBD P(no purchase in H) |", "| BG/NBD × Gamma-Gamma |");
    }
}
