package io.aisle.productcsv;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.aisle.ApiTest;
import io.aisle.media.TestImages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductExportRoundTripTests extends ApiTest {

    private ImportApi imports;
    private HttpServer images;
    private final AtomicInteger downloads = new AtomicInteger();

    /** A picture server: /<n>.jpg is a distinct JPEG for each n. */
    @BeforeEach
    void start() throws IOException {
        imports = new ImportApi(api, adminBearer());
        images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        images.createContext("/", exchange -> {
            downloads.incrementAndGet();
            String name = exchange.getRequestURI().getPath().replaceAll("\\D", "");
            byte[] jpeg = TestImages.jpeg(64, 48, name.isEmpty() ? 0 : Long.parseLong(name));
            exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, jpeg.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jpeg);
            }
        });
        images.start();
    }

    @AfterEach
    void stop() {
        images.stop(0);
    }

    private String image(int n) {
        return "http://127.0.0.1:" + images.getAddress().getPort() + "/" + n + ".jpg";
    }

    /** A hoodie in two sizes with a front picture, a back picture that shows size L, and a plain mug without options. */
    private String shop(String word) {
        return """
                Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,\
                Variant Grams,Variant Inventory Qty,Variant Price,Variant Compare At Price,Variant Taxable,Image Src,\
                Image Position,Image Alt Text,Variant Image,Status
                %1$s-hoodie,Hoodie %1$s,"<p>Warm, soft</p>",Northwind,,clothing,,TRUE,Size,M,%2$s-M,500,4,49.00,,TRUE,%3$s,1,Front of the hoodie,,active
                %1$s-hoodie,,,,,,,,,L,%2$s-L,520,2,52.00,60.00,TRUE,%4$s,2,Back of the hoodie,%4$s,
                %1$s-mug,Mug %1$s,A mug,Northwind,Home & Garden,,,FALSE,Title,Default Title,%2$s-MUG,300,9,12.00,,FALSE,,,,,draft
                """.formatted(word, word.toUpperCase(), image(1), image(2));
    }

    @Test
    void importsPicturesFromTheirUrlsWithTheirVariantAndAltTextAndExportsThemUnderTheSameUrls() {
        String word = unique("img").replace("-", "");

        assertThat(imports.importFile(shop(word))).containsEntry("status", "SUCCEEDED").containsEntry("created", 2);

        List<Map<String, Object>> pictures = jdbc.sql("""
                SELECT i.position, i.alt, v.sku FROM product_images i JOIN product_handles h ON h.product_id = i.product_id
                LEFT JOIN product_variants v ON v.id = i.variant_id WHERE h.handle = :handle ORDER BY i.position
                """).param("handle", word + "-hoodie").query().listOfRows();
        assertThat(pictures).extracting(p -> p.get("alt")).containsExactly("Front of the hoodie", "Back of the hoodie");
        assertThat(pictures).extracting(p -> p.get("sku")).containsExactly(null, word.toUpperCase() + "-L");
        // a category is found by its slug or name in any case: "clothing" is the shop's Clothing
        assertThat(jdbc.sql("""
                SELECT c.slug FROM products p JOIN categories c ON c.id = p.category_id JOIN product_handles h ON h.product_id = p.id
                WHERE h.handle LIKE :h ORDER BY h.handle
                """).param("h", word + "-%").query(String.class).list()).containsExactly("clothing", "home-garden");
        String exported = imports.export(word);
        assertThat(exported).contains(image(1) + ",1,Front of the hoodie,,", image(2) + ",2,Back of the hoodie," + image(2) + ",")
                .contains(",Home & Garden,,FALSE,Title,Default Title,,,,," + word.toUpperCase() + "-MUG,300,shopify,9,deny,manual,12.00,,TRUE,FALSE,")
                .contains(",draft\r\n");
        int fetched = downloads.get();

        assertThat(imports.importFile(exported)).containsEntry("status", "SUCCEEDED").containsEntry("created", 0);

        assertThat(downloads.get()).as("pictures already imported are not fetched again").isEqualTo(fetched);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM product_images i JOIN product_handles h ON h.product_id = i.product_id WHERE h.handle LIKE :h")
                .param("h", word + "-%").query(Long.class).single()).isEqualTo(2);
        assertThat(imports.export(word)).isEqualTo(exported);
    }

    @Test
    void exportingImportingAndExportingAgainGivesTheSameFileAndTheSameCatalog() {
        String word = unique("rt").replace("-", "");
        imports.importFile(ShopifyCsvFiles.tees(word, 25));
        String exported = imports.export(word);
        assertThat(exported.lines()).hasSize(1 + 75).first().asString().startsWith("Handle,Title,Body (HTML),Vendor,");

        Map<String, Object> again = imports.importFile(exported);

        assertThat(again).containsEntry("status", "SUCCEEDED").containsEntry("created", 0).containsEntry("updated", 25);
        assertThat(imports.export(word)).isEqualTo(exported);
    }

    @Test
    void aPictureThatCannotBeFetchedIsAnErrorAndNothingIsImported() {
        String word = unique("bad").replace("-", "");
        images.stop(0);

        Map<String, Object> run = imports.importFile(shop(word));

        assertThat(run).containsEntry("status", "FAILED");
        assertThat(run.get("errors").toString()).contains("row=2", "cannot be reached");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM products WHERE name LIKE :n").param("n", "% " + word).query(Long.class).single())
                .isZero();
    }
}
