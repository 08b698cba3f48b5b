package io.aisle.productcsv;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shopify product CSVs for tests, written as Shopify exports them: the full header (SEO and Google columns too,
 * which the import ignores), the product's fields on its first row only, one row per variant and per image.
 * Every product is a T-shirt in three sizes of one colour; its body is HTML with a script, a quoted word, commas
 * and a line break, so every row exercises quoting.
 */
public final class ShopifyCsvFiles {

    public static final String HEADER = "Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,"
            + "Option1 Name,Option1 Value,Option1 Linked To,Option2 Name,Option2 Value,Option2 Linked To,Option3 Name,"
            + "Option3 Value,Option3 Linked To,Variant SKU,Variant Grams,Variant Inventory Tracker,Variant Inventory Qty,"
            + "Variant Inventory Policy,Variant Fulfillment Service,Variant Price,Variant Compare At Price,"
            + "Variant Requires Shipping,Variant Taxable,Variant Barcode,Image Src,Image Position,Image Alt Text,"
            + "Gift Card,SEO Title,SEO Description,Google Shopping / Gender,Variant Image,Variant Weight Unit,"
            + "Variant Tax Code,Cost per item,Status";
    public static final List<String> SIZES = List.of("S", "M", "L");

    private ShopifyCsvFiles() {
    }

    /** {@code count} products with handles {@code <prefix>-tee-<n>} and SKUs {@code <PREFIX>-<n>-<size>}. */
    public static String tees(String prefix, int count) {
        return tees(prefix, count, "");
    }

    /** Like {@link #tees(String, int)}, each first row with this SEO Description (a column the import ignores). */
    public static String tees(String prefix, int count, String seoDescription) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int n = 1; n <= count; n++) {
            for (int s = 0; s < SIZES.size(); s++) {
                csv.append(row(prefix, n, s, s == 0 ? seoDescription : "")).append("\r\n");
            }
        }
        return csv.toString();
    }

    public static String handle(String prefix, int n) {
        return prefix + "-tee-" + n;
    }

    public static String sku(String prefix, int n, String size) {
        return (prefix + "-" + n + "-" + size).toUpperCase();
    }

    /** A data row of {@link #tees}: the first size carries the product's fields. */
    public static String row(String prefix, int n, int size) {
        return row(prefix, n, size, "");
    }

    private static String row(String prefix, int n, int size, String seoDescription) {
        List<String> f = new ArrayList<>(List.of(HEADER.split(",")).stream().map(c -> "").toList());
        f.set(0, handle(prefix, n));
        if (size == 0) {
            f.set(1, "Tee " + n + " " + prefix);
            f.set(2, "\"<p>Soft <b>cotton</b>, \"\"heavy\"\" weight</p>\n<p>Wash cold<br>Hang dry</p><script>alert('x')</script>\"");
            f.set(3, "Acme Apparel");
            f.set(4, "Apparel & Accessories > Clothing");
            f.set(5, "");
            f.set(6, "\"summer, cotton\"");
            f.set(7, "TRUE");
            f.set(8, "Size");
            f.set(11, "Color");
            f.set(39, "active");
        }
        f.set(9, SIZES.get(size));
        f.set(12, "Blue");
        f.set(17, sku(prefix, n, SIZES.get(size)));
        f.set(18, Integer.toString(150 + size * 10));
        f.set(19, "shopify");
        f.set(20, Integer.toString(n % 7 + size));
        f.set(21, "deny");
        f.set(22, "manual");
        f.set(23, "19.99");
        f.set(24, size == 2 ? "24.99" : "");
        f.set(25, "TRUE");
        f.set(26, "TRUE");
        f.set(35, "");
        f.set(33, seoDescription);
        f.set(36, "g");
        return f.stream().collect(Collectors.joining(","));
    }
}
