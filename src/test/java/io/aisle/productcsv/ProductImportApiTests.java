package io.aisle.productcsv;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class ProductImportApiTests extends ApiTest {

    private ImportApi imports;

    @org.springframework.beans.factory.annotation.Autowired
    private CatalogImports catalogImports;

    @BeforeEach
    void admin() {
        imports = new ImportApi(api, adminBearer());
    }

    private long products(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM product_handles WHERE handle LIKE :p").param("p", prefix + "-tee-%")
                .query(Long.class).single();
    }

    private long variants(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM product_variants WHERE sku LIKE :p AND deleted_at IS NULL")
                .param("p", prefix.toUpperCase() + "-%").query(Long.class).single();
    }

    private long productsNamed(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM products WHERE name LIKE :p").param("p", "Tee % " + prefix)
                .query(Long.class).single();
    }

    @Test
    void importsAThousandProductsWithTheirVariantsAsOneRunWithProgressAndAnOutcome() {
        String prefix = unique("k").toLowerCase();

        long id = imports.start(ShopifyCsvFiles.tees(prefix, 1000));
        Map<String, Object> run = imports.finished(id);

        assertThat(run).containsEntry("status", "SUCCEEDED").containsEntry("products", 1000).containsEntry("rows", 3000)
                .containsEntry("created", 1000).containsEntry("updated", 0).containsEntry("processed", 1000)
                .containsEntry("errorCount", 0);
        assertThat(products(prefix)).isEqualTo(1000);
        assertThat(variants(prefix)).isEqualTo(3000);
        Map<String, Object> tee = jdbc.sql("""
                SELECT p.name, p.brand, p.description, p.status, p.price, p.max_price, p.stock, c.name AS category
                FROM products p JOIN categories c ON c.id = p.category_id JOIN product_handles h ON h.product_id = p.id
                WHERE h.handle = :handle
                """).param("handle", ShopifyCsvFiles.handle(prefix, 8)).query().singleRow();
        assertThat(tee).containsEntry("name", "Tee 8 " + prefix).containsEntry("brand", "Acme Apparel")
                .containsEntry("status", "ACTIVE").containsEntry("category", "Clothing").containsEntry("stock", 1 + 2 + 3)
                .containsEntry("description", "Soft cotton, \"heavy\" weight\n\nWash cold\nHang dry");
        assertThat(tee.get("description").toString()).doesNotContain("script", "alert");
        List<Map<String, Object>> sizes = jdbc.sql("""
                SELECT v.sku, v.option1, v.option2, v.price, v.compare_at_price, v.stock, v.weight_grams
                FROM product_variants v WHERE v.sku LIKE :sku ORDER BY v.position
                """).param("sku", (prefix + "-8-%").toUpperCase()).query().listOfRows();
        assertThat(sizes).extracting(row -> row.get("option1")).containsExactly("S", "M", "L");
        assertThat(sizes.get(2)).containsEntry("option2", "Blue").containsEntry("stock", 3).containsEntry("weight_grams", 170);
        assertThat(sizes.get(2).get("compare_at_price").toString()).isEqualTo("24.99");
    }

    @Test
    void aFileWithAnErrorAnswersEveryErrorWithItsRowAndColumnAndImportsNothing() {
        String prefix = unique("e").toLowerCase();
        String csv = ShopifyCsvFiles.tees(prefix, 5);
        String broken = csv.replace(ShopifyCsvFiles.row(prefix, 4, 1), ShopifyCsvFiles.row(prefix, 4, 1).replace("19.99", "-3"));

        Map<String, Object> run = imports.importFile(broken);

        assertThat(run).containsEntry("status", "FAILED").containsEntry("errorCount", 1)
                .containsEntry("message", "The file has errors; nothing was imported.");
        assertThat(run.get("errors")).isEqualTo(List.of(Map.of("row", 12, "column", "Variant Price",
                "message", "must be between 0 and 9999999999.99")));
        assertThat(products(prefix)).isZero();
        assertThat(productsNamed(prefix)).isZero();
    }

    @Test
    void aRowTheCatalogRefusesRollsBackEveryProductWrittenBeforeIt() {
        String prefix = unique("r").toLowerCase();
        long taken = newProduct("electronics", new java.math.BigDecimal("5.00"), 1);
        String takenSku = jdbc.sql("SELECT sku FROM products WHERE id = :id").param("id", taken).query(String.class).single();
        jdbc.sql("UPDATE products SET deleted_at = NOW(6) WHERE id = :id").param("id", taken).update();
        String csv = ShopifyCsvFiles.tees(prefix, 20).replace(ShopifyCsvFiles.sku(prefix, 20, "M"), takenSku);

        Map<String, Object> run = imports.importFile(csv);

        assertThat(run).containsEntry("status", "FAILED").containsEntry("errorCount", 1);
        assertThat(((List<?>) run.get("errors")).get(0).toString()).contains("row=59", "SKU", "never reused");
        assertThat(products(prefix)).isZero();
        assertThat(productsNamed(prefix)).isZero();
        assertThat(variants(prefix)).isZero();
    }

    @Test
    void importingTheSameFileAgainUpdatesTheSameProductsAndChangesNothing() {
        String prefix = unique("i").toLowerCase();
        String csv = ShopifyCsvFiles.tees(prefix, 30);
        assertThat(imports.importFile(csv)).containsEntry("status", "SUCCEEDED").containsEntry("created", 30);
        List<Map<String, Object>> before = catalogOf(prefix);

        Map<String, Object> again = imports.importFile(csv);

        assertThat(again).containsEntry("status", "SUCCEEDED").containsEntry("created", 0).containsEntry("updated", 30);
        assertThat(catalogOf(prefix)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stock_adjustments a JOIN product_variants v ON v.id = a.variant_id WHERE v.sku LIKE :p")
                .param("p", prefix.toUpperCase() + "-%").query(Long.class).single()).isZero();
    }

    @Test
    void twoImportsOfOneFileAtOnceGiveEachProductOnce() {
        String prefix = unique("c").toLowerCase();
        String csv = ShopifyCsvFiles.tees(prefix, 40);

        List<Long> ids = List.of(CompletableFuture.supplyAsync(() -> imports.start(csv)),
                CompletableFuture.supplyAsync(() -> imports.start(csv))).stream().map(CompletableFuture::join).toList();

        assertThat(ids.stream().map(imports::finished)).allSatisfy(run -> assertThat(run).containsEntry("status", "SUCCEEDED"))
                .extracting(run -> run.get("created")).containsExactlyInAnyOrder(40, 0);
        assertThat(products(prefix)).isEqualTo(40);
        assertThat(productsNamed(prefix)).isEqualTo(40);
        assertThat(variants(prefix)).isEqualTo(120);
    }

    @Test
    void twoImportsWritingAtOnceAsOnTwoInstancesWaitForEachOtherAndGiveEachProductOnce() {
        String prefix = unique("w").toLowerCase();
        byte[] file = ShopifyCsvFiles.tees(prefix, 40).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.function.Supplier<ImportRun> run = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            // importNow writes on the calling thread: two callers are two transactions, as on two instances
            return catalogImports.importNow("tees.csv", file, "test", (phase, products, processed) -> { });
        };

        List<ImportRun> runs = List.of(CompletableFuture.supplyAsync(run), CompletableFuture.supplyAsync(run)).stream()
                .map(CompletableFuture::join).toList();

        assertThat(runs).extracting(ImportRun::status).containsOnly(ImportStatus.SUCCEEDED);
        assertThat(runs).extracting(ImportRun::created).containsExactlyInAnyOrder(40, 0);
        assertThat(products(prefix)).isEqualTo(40);
        assertThat(productsNamed(prefix)).isEqualTo(40);
    }

    @Test
    void aStockChangeInTheFileIsAnAuditedAdjustmentOnReimport() {
        String prefix = unique("s").toLowerCase();
        String csv = ShopifyCsvFiles.tees(prefix, 1);
        imports.importFile(csv);
        String restocked = csv.replace(ShopifyCsvFiles.row(prefix, 1, 2),
                ShopifyCsvFiles.row(prefix, 1, 2).replace(",shopify,3,", ",shopify,40,"));

        assertThat(imports.importFile(restocked)).containsEntry("status", "SUCCEEDED");

        assertThat(jdbc.sql("SELECT stock FROM product_variants WHERE sku = :sku").param("sku", ShopifyCsvFiles.sku(prefix, 1, "L"))
                .query(Integer.class).single()).isEqualTo(40);
        assertThat(jdbc.sql("SELECT a.delta FROM stock_adjustments a JOIN product_variants v ON v.id = a.variant_id WHERE v.sku = :sku")
                .param("sku", ShopifyCsvFiles.sku(prefix, 1, "L")).query(Integer.class).list()).containsExactly(37);
    }

    @Test
    void aRunWhoseProcessStoppedHalfwayReadsAsFailedOnceItWasSilentForFifteenMinutes() {
        long stopped = runWrittenMinutesAgo(unique("crashed"), 16);
        long busy = runWrittenMinutesAgo(unique("busy"), 0);

        assertThat(imports.run(stopped)).containsEntry("status", "FAILED");
        assertThat(imports.run(stopped).get("message").toString()).contains("nothing was changed");
        assertThat(imports.run(busy)).containsEntry("status", "RUNNING").containsEntry("percent", 10 + 90 * 420 / 1000);
    }

    /** A run 420 products into a file of 1,000 whose last progress was written {@code minutes} ago. */
    private long runWrittenMinutesAgo(String filename, int minutes) {
        jdbc.sql("""
                INSERT INTO product_import_runs (filename, status, phase, products, processed, requested_by, created_at,
                                                 updated_at)
                VALUES (:filename, 'RUNNING', 'importing', 1000, 420, 'test', UTC_TIMESTAMP(6) - INTERVAL 20 MINUTE,
                        UTC_TIMESTAMP(6) - INTERVAL :minutes MINUTE)
                """).param("filename", filename).param("minutes", minutes).update();
        return jdbc.sql("SELECT id FROM product_import_runs WHERE filename = :filename").param("filename", filename)
                .query(Long.class).single();
    }

    @Test
    void takesAFileLargerThanTheOneMebibyteOfOtherRequests() {
        String prefix = unique("big").toLowerCase();
        // Shopify's SEO Description column, which the import ignores, makes each product's first row 600 KB
        String csv = ShopifyCsvFiles.tees(prefix, 2, "x".repeat(600_000));
        assertThat(csv.length()).isGreaterThan(1024 * 1024);

        assertThat(imports.importFile(csv)).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);
    }

    @Test
    void onlyAnAdminImportsAndAFileIsRequired() {
        Customer customer = newCustomer();
        new ImportApi(api, customer.bearer()).upload("Handle,Title\n", "x.csv").expectStatus().isForbidden();
        expectProblem(api.post().uri("/api/v1/admin/products/imports").header(HttpHeaders.AUTHORIZATION, imports.bearer())
                .contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA)
                .body(new org.springframework.util.LinkedMultiValueMap<>(Map.of("other", List.of("x")))).exchange(), 400);
        expectProblem(imports.upload("", "empty.csv"), 400).jsonPath("$.errors[0].field").isEqualTo("file");
        expectProblem(api.get().uri("/api/v1/admin/products/imports/{id}", Long.MAX_VALUE)
                .header(HttpHeaders.AUTHORIZATION, imports.bearer()).exchange(), 404);
    }

    private List<Map<String, Object>> catalogOf(String prefix) {
        return jdbc.sql("""
                SELECT p.id, p.sku, p.name, p.brand, p.description, p.category_id, p.price, p.max_price, p.stock, p.status,
                       p.tax_class, v.id AS variant_id, v.sku AS variant_sku, v.option1, v.option2, v.price AS variant_price,
                       v.compare_at_price, v.stock AS variant_stock, v.weight_grams, v.position
                FROM products p JOIN product_handles h ON h.product_id = p.id JOIN product_variants v ON v.product_id = p.id
                WHERE h.handle LIKE :p AND v.deleted_at IS NULL ORDER BY p.id, v.position
                """).param("p", prefix + "-tee-%").query().listOfRows();
    }
}
