package io.aisle.assistant.offline;

import io.aisle.catalog.Category;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the catalog's categories and brands in a lower-cased question, as whole words: a category by slug
 * or name ("home & garden", "home and garden", "books", "book"), a brand by its name, with "from", "by" or
 * "made by" before it or without ("sony headphones": named in passing).
 */
final class CatalogNames {

    /** A name found: the catalog's value, where the question says it, and how an answer repeats it. */
    record Named(String value, int start, int end, String phrase, boolean inPassing) {
    }

    private CatalogNames() {
    }

    static Optional<Named> category(String text, List<Category> categories) {
        for (Category c : categories) {
            for (String alias : aliases(c)) {
                Matcher m = Pattern.compile("(?:\\bin\\s+(?:the\\s+)?)?(?<![\\p{L}\\p{N}-])" + Pattern.quote(alias)
                        + "(?![\\p{L}\\p{N}-])(?:\\s+(?:category|section|department))?").matcher(text);
                if (m.find()) {
                    return Optional.of(new Named(c.slug(), m.start(), m.end(), "in " + c.name(), false));
                }
            }
        }
        return Optional.empty();
    }

    /** A category's slug and name, "and" for "&", and a one-word name in the singular too ("book"). */
    private static List<String> aliases(Category c) {
        String name = c.name().toLowerCase(Locale.ROOT);
        List<String> aliases = new ArrayList<>(List.of(c.slug(), c.slug().replace('-', ' '), name,
                name.replace("&", "and")));
        if (!name.contains(" ") && name.length() > 3 && name.endsWith("s")) {
            aliases.add(name.substring(0, name.length() - 1));
        }
        return aliases;
    }

    /**
     * The one brand the question names; none when it names two ("sony or bose"). A brand inside a longer
     * one ("north face" in "the north face") counts once, as the longer.
     */
    static Optional<Named> brand(String text, List<String> brands) {
        List<String> candidates = brands.stream()
                .filter(b -> b.length() >= 2 && !IntentClassifier.isStopWord(b.toLowerCase(Locale.ROOT))
                        && text.contains(b.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<String> named = new ArrayList<>();
        for (String brand : candidates) {
            String lower = brand.toLowerCase(Locale.ROOT);
            if (named.stream().noneMatch(longer -> longer.toLowerCase(Locale.ROOT).contains(lower))
                    && word(lower).matcher(text).find()) {
                named.add(brand);
            }
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        String brand = named.get(0);
        Matcher m = Pattern.compile("(?:\\b(?:made by|from|by|brand)\\s+)?" + word(brand.toLowerCase(Locale.ROOT))
                .pattern() + "(?:\\s+brand)?").matcher(text);
        m.find();
        return Optional.of(new Named(brand, m.start(), m.end(), "from " + brand,
                m.group().strip().equalsIgnoreCase(brand)));
    }

    private static Pattern word(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
    }
}
