package io.aisle.catalog;

/** Where a product's generated picture is served when the admin gave none. */
final class ProductImages {

    private ProductImages() {
    }

    static String urlFor(long productId) {
        return "/images/products/" + productId + ".svg";
    }
}
