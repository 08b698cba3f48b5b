package io.aisle.storefront.catalog;

import io.aisle.catalog.Product;
import io.aisle.catalog.Variant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product page's option picker: one group of choices per option (size, colour), the variant shown (picked in the
 * address with {@code ?variant=}, else the first in stock), the availability of every combination, and the same as
 * JSON for the script that keeps price, stock and the picked variant in step with the choices. Without the script
 * the form posts the chosen values and the shop finds the variant from them.
 */
public record VariantPicker(List<Option> options, List<Variant> variants, Variant selected, Product shown, String json) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An option and its values in the order the variants bring them; {@code field} is the form field's name. */
    public record Option(String name, String field, List<String> values) {
    }

    static VariantPicker of(Product product, List<String> names, List<Variant> variants, Long wanted) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Set<String> values = new LinkedHashSet<>();
            for (Variant variant : variants) {
                values.add(variant.options().get(i));
            }
            options.add(new Option(names.get(i), "option" + (i + 1), List.copyOf(values)));
        }
        Variant selected = variants.stream().filter(v -> wanted != null && v.id() == wanted).findFirst()
                .or(() -> variants.stream().filter(Variant::inStock).findFirst())
                .orElse(variants.isEmpty() ? null : variants.get(0));
        List<Map<String, Object>> rows = variants.stream().map(v -> Map.<String, Object>of("id", v.id(),
                "options", v.options(), "price", v.price(), "compareAt", v.compareAtPrice() == null ? BigDecimal.ZERO
                        : v.compareAtPrice(), "stock", v.stock(), "sku", v.sku())).toList();
        return new VariantPicker(options, variants, selected, selected == null ? product : product.as(selected),
                JSON.writeValueAsString(rows));
    }

    /** Whether customers choose at all: a product without options has one variant and no choices. */
    public boolean hasChoices() {
        return !options.isEmpty();
    }

    public boolean isChosen(Option option, String value) {
        return selected != null && selected.options().get(options.indexOf(option)).equals(value);
    }
}
