package io.aisle.catalog.search;

import io.aisle.catalog.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up products in the seed catalog's five categories, for the search benchmark: a brand, a model
 * word, a product noun and three features make each name and description, so that words repeat across
 * products as in a real catalog of 10,000. Deterministic for a seed.
 */
final class GeneratedCatalog {

    private static final String[] BRANDS = {"Northpeak", "Brightline", "Aurora", "Kestrel", "Lumen", "Fjord", "Solace",
            "Quarry", "Tundra", "Vireo", "Halcyon", "Meridian", "Cobalt", "Juniper", "Alder", "Pika", "Summit", "Ember",
            "Granite", "Willow", "Orbit", "Pioneer", "Harbor", "Zenith", "Copperleaf", "Redwood", "Sable", "Nimbus",
            "Atlas", "Beacon"};
    private static final String[] MODELS = {"Pro", "Ultra", "Lite", "Max", "Classic", "Sport", "Travel", "Everyday",
            "Premium", "Compact", "Air", "Plus"};
    private static final Map<String, String[][]> CATEGORIES = Map.of(
            "electronics", new String[][] {
                {"headphones", "earbuds", "portable speaker", "smartphone", "tablet", "laptop", "monitor", "keyboard",
                    "wireless mouse", "charger", "power bank", "smartwatch", "mirrorless camera", "drone", "router",
                    "SSD", "webcam", "microphone", "e-reader", "game controller"},
                {"Bluetooth 5.3", "USB-C charging", "active noise cancellation", "a 4K sensor", "IP67 water resistance",
                    "up to 30 hours of battery life", "fast charging", "an OLED display", "a compact design",
                    "multipoint pairing", "Wi-Fi 6", "a backlit keyboard", "voice assistant support"}},
            "clothing", new String[][] {
                {"jacket", "hoodie", "t-shirt", "jeans", "sneakers", "hiking boots", "socks", "beanie", "rain jacket",
                    "fleece pullover", "leggings", "shorts", "sweater", "down parka", "running shoes"},
                {"recycled polyester", "merino wool", "organic cotton", "a waterproof membrane", "synthetic insulation",
                    "breathable mesh", "four-way stretch", "a lightweight build", "a relaxed fit", "a slim fit",
                    "zippered pockets", "a cushioned sole"}},
            "books", new String[][] {
                {"novel", "memoir", "cookbook", "thriller", "biography", "history", "self-help guide",
                    "science fiction novel", "fantasy saga", "poetry collection", "business book", "picture book"},
                {"a story about space travel", "lessons on building habits", "advice on personal finance",
                    "a voyage across the ocean", "a mystery set in Paris", "ideas on leadership",
                    "an account of artificial intelligence", "the fall of the Roman empire", "recipes for every season",
                    "a family saga across three generations", "essays on focus and attention"}},
            "home-garden", new String[][] {
                {"coffee maker", "blender", "toaster", "electric kettle", "cordless vacuum", "air purifier",
                    "frying pan", "dutch oven", "knife set", "cutting board", "garden hose", "pruning shears",
                    "lawn mower", "desk lamp", "smart thermostat", "travel mug", "water bottle", "stand mixer"},
                {"stainless steel", "a cordless motor", "dishwasher-safe parts", "a nonstick coating", "app control",
                    "an energy-saving mode", "vacuum insulation", "cast iron", "a HEPA filter", "a timer",
                    "a soft-grip handle", "a five-year warranty"}},
            "sports", new String[][] {
                {"yoga mat", "dumbbells", "tent", "daypack", "running watch", "bike helmet", "tennis racket",
                    "basketball", "golf balls", "sleeping bag", "trekking poles", "cooler", "jump rope", "kettlebell",
                    "resistance bands"},
                {"GPS tracking", "a non-slip surface", "a weatherproof shell", "a lightweight frame",
                    "adjustable weights", "a ventilated back panel", "a carry bag", "heart rate monitoring",
                    "durable rubber", "a down fill", "quick-release buckles", "a lifetime guarantee"}});

    private GeneratedCatalog() {
    }

    /** {@code count} products with ids from {@code firstId}. */
    static List<Product> generate(int count, long firstId, long seed) {
        Random random = new Random(seed);
        List<String> slugs = List.copyOf(CATEGORIES.keySet()).stream().sorted().toList();
        List<Product> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String slug = slugs.get(random.nextInt(slugs.size()));
            String[] nouns = CATEGORIES.get(slug)[0];
            String[] features = CATEGORIES.get(slug)[1];
            String brand = pick(random, BRANDS);
            String noun = pick(random, nouns);
            String name = brand + " " + pick(random, MODELS) + " " + capitalise(noun) + " " + (100 + random.nextInt(900));
            String description = capitalise(noun) + " with " + pick(random, features) + ", " + pick(random, features)
                    + " and " + pick(random, features) + ". Made by " + brand + " for everyday use.";
            BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(50_000), 2);
            products.add(SampleProducts.product(firstId + i, "GEN-" + (firstId + i), name, brand, slug, description, price,
                    random.nextInt(100)));
        }
        return products;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
