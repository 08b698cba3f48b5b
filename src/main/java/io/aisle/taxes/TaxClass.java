package io.aisle.taxes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The product tax classes a rate can be given for. Products carry the {@link #code()} (catalog's
 * {@code products.tax_class}); which classes a country taxes at which rate is up to its rates.
 */
public enum TaxClass {
    /** Most goods. Shipping, when the shop taxes it, is taxed at the standard rate. */
    STANDARD("Standard"),
    /** Goods a lower rate applies to in many countries: books, food, children's clothes. */
    REDUCED("Reduced"),
    /** Goods that are taxable but at 0 % (exports, some essentials). */
    ZERO("Zero");

    private final String label;

    TaxClass(String label) {
        this.label = label;
    }

    /** As stored and sent: {@code standard}, {@code reduced}, {@code zero}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** For people: "Standard", "Reduced", "Zero". */
    public String label() {
        return label;
    }

    /** The class with this code (case and surrounding blanks ignored), or empty for anything else. */
    public static Optional<TaxClass> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.code().equals(wanted)).findFirst();
    }

    /** Every code, for validation messages and select boxes. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(TaxClass::code).toList();
    }
}
