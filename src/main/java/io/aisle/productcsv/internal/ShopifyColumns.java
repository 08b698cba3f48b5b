package io.aisle.productcsv.internal;

import java.util.List;

/**
 * The columns of Shopify's product CSV that Aisle reads and writes, by their header names (Shopify Help,
 * "Using CSV files to import and export products"). The export writes them in this order; the import finds
 * them by name, in any order, and ignores Shopify's other columns (SEO, Google Shopping, metafields).
 */
public final class ShopifyColumns {

    public static final String HANDLE = "Handle";
    public static final String TITLE = "Title";
    public static final String BODY = "Body (HTML)";
    public static final String VENDOR = "Vendor";
    public static final String PRODUCT_CATEGORY = "Product Category";
    public static final String TYPE = "Type";
    public static final String TAGS = "Tags";
    public static final String PUBLISHED = "Published";
    public static final String VARIANT_SKU = "Variant SKU";
    public static final String VARIANT_GRAMS = "Variant Grams";
    public static final String VARIANT_INVENTORY_TRACKER = "Variant Inventory Tracker";
    public static final String VARIANT_INVENTORY_QTY = "Variant Inventory Qty";
    public static final String VARIANT_INVENTORY_POLICY = "Variant Inventory Policy";
    public static final String VARIANT_FULFILLMENT_SERVICE = "Variant Fulfillment Service";
    public static final String VARIANT_PRICE = "Variant Price";
    public static final String VARIANT_COMPARE_AT_PRICE = "Variant Compare At Price";
    public static final String VARIANT_REQUIRES_SHIPPING = "Variant Requires Shipping";
    public static final String VARIANT_TAXABLE = "Variant Taxable";
    public static final String IMAGE_SRC = "Image Src";
    public static final String IMAGE_POSITION = "Image Position";
    public static final String IMAGE_ALT_TEXT = "Image Alt Text";
    public static final String VARIANT_IMAGE = "Variant Image";
    public static final String VARIANT_WEIGHT_UNIT = "Variant Weight Unit";
    public static final String STATUS = "Status";

    /** Shopify's name for the one option of a product without options, and its value. */
    public static final String DEFAULT_OPTION_NAME = "Title";
    public static final String DEFAULT_OPTION_VALUE = "Default Title";

    public static final int MAX_OPTIONS = 3;

    private ShopifyColumns() {
    }

    public static String optionName(int position) {
        return "Option" + position + " Name";
    }

    public static String optionValue(int position) {
        return "Option" + position + " Value";
    }

    /** The export's header, in Shopify's own order. */
    public static final List<String> EXPORTED = List.of(HANDLE, TITLE, BODY, VENDOR, PRODUCT_CATEGORY, TYPE, TAGS,
            PUBLISHED, optionName(1), optionValue(1), optionName(2), optionValue(2), optionName(3), optionValue(3),
            VARIANT_SKU, VARIANT_GRAMS, VARIANT_INVENTORY_TRACKER, VARIANT_INVENTORY_QTY, VARIANT_INVENTORY_POLICY,
            VARIANT_FULFILLMENT_SERVICE, VARIANT_PRICE, VARIANT_COMPARE_AT_PRICE, VARIANT_REQUIRES_SHIPPING,
            VARIANT_TAXABLE, IMAGE_SRC, IMAGE_POSITION, IMAGE_ALT_TEXT, VARIANT_IMAGE, VARIANT_WEIGHT_UNIT, STATUS);
}
