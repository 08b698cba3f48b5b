package io.aisle.lab.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The products customers can view and buy, grouped by the shop's five categories. */
public record Catalog(List<List<CatalogProduct>> byCategory) {

    public static final List<String> CATEGORIES = List.of("electronics", "clothing", "books", "home-garden", "sports");

    private static final String RESOURCE = "data/sample_products.csv";

    public Catalog {
        byCategory = byCategory.stream().map(List::copyOf).toList();
        for (int c = 0; c < CATEGORIES.size(); c++) {
            if (byCategory.get(c).isEmpty()) {
                throw new IllegalArgumentException("no products in category " + CATEGORIES.get(c));
            }
        }
    }

    /** The shop's sample catalog, {@value #RESOURCE} on the classpath. */
    public static Catalog sample() {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "sku,name,brand,category,description,price,stock" lines, the first being the header. */
    static Catalog parse(List<String> lines) {
        List<String> header = CsvLine.fields(lines.get(0));
        int sku = header.indexOf("sku");
        int category = header.indexOf("category");
        int price = header.indexOf("price");
        List<List<CatalogProduct>> byCategory = new ArrayList<>();
        CATEGORIES.forEach(c -> byCategory.add(new ArrayList<>()));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = CsvLine.fields(line);
            int index = CATEGORIES.indexOf(fields.get(category));
            if (index < 0) {
                throw new IllegalArgumentException("unknown category in catalog line: " + line);
            }
            byCategory.get(index).add(new CatalogProduct(
                    fields.get(sku), fields.get(category), new BigDecimal(fields.get(price))));
        }
        return new Catalog(byCategory);
    }

    public List<CatalogProduct> products(int category) {
        return byCategory.get(category);
    }
}
