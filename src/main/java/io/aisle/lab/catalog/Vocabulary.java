package io.aisle.lab.catalog;

import java.util.List;

/**
 * The words of a generated catalog: per category, product nouns, features and the options its products come in,
 * so that words repeat across products as they do in a real catalog of 100,000.
 */
record Vocabulary(String slug, String name, int lowestCents, int highestCents, List<String> nouns,
        List<String> features, List<Option> options) {

    /** An option its products may have, with the values to choose from and a price step per value. */
    record Option(String name, List<String> values, int centsPerStep, boolean contiguous) {
    }

    static final List<String> BRANDS = List.of("Northpeak", "Brightline", "Aurora", "Kestrel", "Lumen", "Fjord",
            "Solace", "Quarry", "Tundra", "Vireo", "Halcyon", "Meridian", "Cobalt", "Juniper", "Alder", "Pika", "Summit",
            "Ember", "Granite", "Willow", "Orbit", "Pioneer", "Harbor", "Zenith", "Copperleaf", "Redwood", "Sable",
            "Nimbus", "Atlas", "Beacon", "Marlow", "Ostara", "Calder", "Brisa", "Tamarack", "Loma", "Veldt", "Corvid",
            "Saltmarsh", "Everly");
    static final List<String> MODELS = List.of("Pro", "Ultra", "Lite", "Max", "Classic", "Sport", "Travel", "Everyday",
            "Premium", "Compact", "Air", "Plus", "Studio", "Trail", "Urban", "Essential");

    private static final Option COLOUR = new Option("Colour",
            List.of("Black", "White", "Grey", "Navy", "Red", "Green", "Blue", "Sand"), 0, false);
    private static final Option SIZE = new Option("Size", List.of("XS", "S", "M", "L", "XL", "XXL"), 200, true);

    static final List<Vocabulary> CATEGORIES = List.of(
            new Vocabulary("electronics", "Electronics", 1_999, 149_999,
                    List.of("headphones", "earbuds", "portable speaker", "smartphone", "tablet", "laptop", "monitor",
                            "keyboard", "wireless mouse", "charger", "power bank", "smartwatch", "mirrorless camera",
                            "drone", "router", "SSD", "webcam", "microphone", "e-reader", "game controller"),
                    List.of("Bluetooth 5.3", "USB-C charging", "active noise cancellation", "a 4K sensor",
                            "IP67 water resistance", "up to 30 hours of battery life", "fast charging", "an OLED display",
                            "a compact design", "multipoint pairing", "Wi-Fi 6", "a backlit keyboard",
                            "voice assistant support"),
                    List.of(COLOUR, new Option("Storage", List.of("128 GB", "256 GB", "512 GB", "1 TB"), 10_000, true))),
            new Vocabulary("clothing", "Clothing", 999, 29_999,
                    List.of("jacket", "hoodie", "t-shirt", "jeans", "sneakers", "hiking boots", "socks", "beanie",
                            "rain jacket", "fleece pullover", "leggings", "shorts", "sweater", "down parka",
                            "running shoes"),
                    List.of("recycled polyester", "merino wool", "organic cotton", "a waterproof membrane",
                            "synthetic insulation", "breathable mesh", "four-way stretch", "a lightweight build",
                            "a relaxed fit", "a slim fit", "zippered pockets", "a cushioned sole"),
                    List.of(SIZE, COLOUR)),
            new Vocabulary("books", "Books", 499, 5_999,
                    List.of("novel", "memoir", "cookbook", "thriller", "biography", "history", "self-help guide",
                            "science fiction novel", "fantasy saga", "poetry collection", "business book",
                            "picture book"),
                    List.of("a story about space travel", "lessons on building habits", "advice on personal finance",
                            "a voyage across the ocean", "a mystery set in Paris", "ideas on leadership",
                            "an account of artificial intelligence", "the fall of the Roman empire",
                            "recipes for every season", "a family saga across three generations",
                            "essays on focus and attention"),
                    List.of(new Option("Format", List.of("Paperback", "Hardcover", "E-book"), 600, false))),
            new Vocabulary("home-garden", "Home & Garden", 999, 79_999,
                    List.of("coffee maker", "blender", "toaster", "electric kettle", "cordless vacuum", "air purifier",
                            "frying pan", "dutch oven", "knife set", "cutting board", "garden hose", "pruning shears",
                            "lawn mower", "desk lamp", "smart thermostat", "travel mug", "water bottle", "stand mixer"),
                    List.of("stainless steel", "a cordless motor", "dishwasher-safe parts", "a nonstick coating",
                            "app control", "an energy-saving mode", "vacuum insulation", "cast iron", "a HEPA filter",
                            "a timer", "a soft-grip handle", "a five-year warranty"),
                    List.of(COLOUR)),
            new Vocabulary("sports", "Sports", 999, 49_999,
                    List.of("yoga mat", "dumbbells", "tent", "daypack", "running watch", "bike helmet", "tennis racket",
                            "basketball", "golf balls", "sleeping bag", "trekking poles", "cooler", "jump rope",
                            "kettlebell", "resistance bands"),
                    List.of("GPS tracking", "a non-slip surface", "a weatherproof shell", "a lightweight frame",
                            "adjustable weights", "a ventilated back panel", "a carry bag", "heart rate monitoring",
                            "durable rubber", "a down fill", "quick-release buckles", "a lifetime guarantee"),
                    List.of(new Option("Size", List.of("S", "M", "L"), 500, true), COLOUR)),
            new Vocabulary("beauty", "Beauty", 599, 8_999,
                    List.of("face cream", "shampoo", "conditioner", "sunscreen", "lip balm", "body lotion", "serum",
                            "hair dryer", "perfume", "nail polish", "cleanser", "beard oil"),
                    List.of("hyaluronic acid", "vitamin C", "SPF 50", "a fragrance-free formula", "argan oil",
                            "shea butter", "vegan ingredients", "a recyclable bottle", "a travel size", "aloe vera",
                            "a matte finish", "dermatologist testing"),
                    List.of(new Option("Size", List.of("50 ml", "100 ml", "200 ml"), 400, true))),
            new Vocabulary("toys", "Toys & Games", 799, 19_999,
                    List.of("board game", "puzzle", "building blocks", "plush bear", "remote control car",
                            "card game", "doll house", "train set", "kite", "science kit", "wooden blocks"),
                    List.of("1000 pieces", "ages 3 and up", "ages 8 and up", "two to six players", "rechargeable batteries",
                            "non-toxic paint", "a storage box", "glow-in-the-dark parts", "a strategy twist",
                            "a cooperative mode"),
                    List.of()),
            new Vocabulary("pets", "Pet Supplies", 499, 14_999,
                    List.of("dog bed", "cat tree", "dog leash", "pet bowl", "cat litter", "dog toy", "aquarium filter",
                            "bird cage", "pet carrier", "grooming brush"),
                    List.of("a washable cover", "chew-proof fabric", "a non-slip base", "reflective stitching",
                            "natural rubber", "an odour lock", "a quiet pump", "a foldable frame", "soft bristles",
                            "a memory foam core"),
                    List.of(new Option("Size", List.of("S", "M", "L", "XL"), 600, true))),
            new Vocabulary("office", "Office", 299, 59_999,
                    List.of("notebook", "fountain pen", "desk chair", "standing desk", "monitor arm", "label printer",
                            "paper shredder", "desk organiser", "whiteboard", "stapler"),
                    List.of("recycled paper", "an ergonomic design", "a steel frame", "adjustable height",
                            "a lifetime warranty", "a refillable cartridge", "a quiet motor", "a magnetic surface",
                            "cable management", "lumbar support"),
                    List.of(COLOUR)),
            new Vocabulary("automotive", "Automotive", 999, 39_999,
                    List.of("dash cam", "car vacuum", "jump starter", "tyre inflator", "phone mount", "seat cover",
                            "roof box", "wiper blades", "car charger", "floor mats"),
                    List.of("a wide-angle lens", "night vision", "a 12 V plug", "a digital gauge", "a magnetic grip",
                            "a waterproof fabric", "universal fit", "an LED torch", "fast charging", "easy fitting"),
                    List.of()));
}
