package io.aisle.lab.simulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's traits turned into choices: which category, which product, how many lines and how many
 * of each. Also the exact expected value of an order, which the ground truth needs.
 */
final class Shopper {

    // lines per order 1, 2, 3 and quantity per line 1, 2, 3
    private static final double[] LINES = cumulative(0.6, 0.3, 0.1);
    private static final double[] QUANTITY = cumulative(0.85, 0.12, 0.03);
    private static final double MEAN_LINES = 1 * 0.6 + 2 * 0.3 + 3 * 0.1;
    private static final double MEAN_QUANTITY = 1 * 0.85 + 2 * 0.12 + 3 * 0.03;

    private final SimulatedCustomer customer;
    private final Catalog catalog;
    private final double[] categories;
    private final double[][] productsByCategory;
    private final double expectedOrderValue;

    Shopper(SimulatedCustomer customer, Catalog catalog) {
        this.customer = customer;
        this.catalog = catalog;
        List<Double> preferences = customer.categoryPreferences();
        this.categories = cumulative(preferences.stream().mapToDouble(Double::doubleValue).toArray());
        this.productsByCategory = new double[preferences.size()][];
        double expectedLinePrice = 0;
        for (int c = 0; c < preferences.size(); c++) {
            List<CatalogProduct> products = catalog.products(c);
            double[] weights = new double[products.size()];
            double weightedPrice = 0;
            double total = 0;
            for (int p = 0; p < products.size(); p++) {
                double price = products.get(p).price().doubleValue();
                weights[p] = Math.pow(price, customer.priceAffinity());
                weightedPrice += weights[p] * price;
                total += weights[p];
            }
            productsByCategory[c] = cumulative(weights);
            expectedLinePrice += preferences.get(c) * weightedPrice / total;
        }
        this.expectedOrderValue = MEAN_LINES * MEAN_QUANTITY * expectedLinePrice;
    }

    SimulatedCustomer customer() {
        return customer;
    }

    double expectedOrderValue() {
        return expectedOrderValue;
    }

    CatalogProduct product(RandomDraws draws) {
        int category = draws.pick(categories);
        return catalog.products(category).get(draws.pick(productsByCategory[category]));
    }

    int lines(RandomDraws draws) {
        return draws.pick(LINES) + 1;
    }

    OrderLine line(CatalogProduct product, RandomDraws draws) {
        BigDecimal price = product.price();
        return new OrderLine(product.category(), product.sku(), price, draws.pick(QUANTITY) + 1);
    }

    private static double[] cumulative(double... weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
