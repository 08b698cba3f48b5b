package io.aisle.platform.countries;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The postal-code formats Aisle knows, by ISO 3166-1 country code (sources: the national postal services'
 * rules as collected in Google's address data and the UPU's postcode list). A code is compared without its
 * spaces and hyphens and then written the way the country writes it, so {@code sw1a1aa}, {@code 94105 1234}
 * and {@code 1234ab} become {@code SW1A 1AA}, {@code 94105-1234} and {@code 1234 AB}.
 */
public final class PostalCodeFormats {

    /** A format: the code without spaces and hyphens must match {@code compact}; {@code layout} writes it out. */
    public record Format(Pattern compact, String example, UnaryOperator<String> layout) {

        /** The code in the country's way of writing it, or empty when it is not one of the country's codes. */
        public Optional<String> normalize(String code) {
            String bare = code.replaceAll("[\\s-]", "");
            return compact.matcher(bare).matches() ? Optional.of(layout.apply(bare)) : Optional.empty();
        }
    }

    private static final String GB = "GIR0AA|[A-PR-UWYZ](\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRVWXY])\\d[ABD-HJLNP-UW-Z]{2}";

    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("US", new Format(Pattern.compile("\\d{5}|\\d{9}"), "94105",
                    code -> code.length() == 9 ? code.substring(0, 5) + "-" + code.substring(5) : code)),
            Map.entry("CA", spaced("[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z]\\d[ABCEGHJ-NPRSTV-Z]\\d", "K1A 0B1", 3, " ")),
            Map.entry("GB", spaced(GB, "SW1A 1AA", -3, " ")),
            Map.entry("IM", spaced("IM\\d{1,2}\\d[A-Z]{2}", "IM1 1AD", -3, " ")),
            Map.entry("JE", spaced("JE\\d\\d[A-Z]{2}", "JE2 3AB", -3, " ")),
            Map.entry("GG", spaced("GY\\d{1,2}\\d[A-Z]{2}", "GY1 1AA", -3, " ")),
            Map.entry("IE", spaced("([AC-FHKNPRTV-Y]\\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}", "D02 X285", 3, " ")),
            Map.entry("NL", spaced("[1-9]\\d{3}[A-Z]{2}", "1012 AB", 4, " ")),
            Map.entry("SE", spaced("[1-9]\\d{4}", "114 55", 3, " ")),
            Map.entry("CZ", spaced("[1-7]\\d{4}", "110 00", 3, " ")),
            Map.entry("SK", spaced("[089]\\d{4}", "811 01", 3, " ")),
            Map.entry("GR", spaced("[1-8]\\d{4}", "105 57", 3, " ")),
            Map.entry("JP", spaced("\\d{7}", "100-0001", 3, "-")),
            Map.entry("BR", spaced("\\d{8}", "01310-100", 5, "-")),
            Map.entry("PL", spaced("\\d{5}", "00-950", 2, "-")),
            Map.entry("PT", spaced("[1-9]\\d{6}", "1000-001", 4, "-")),
            Map.entry("LU", new Format(Pattern.compile("(L)?\\d{4}"), "1009", code -> code.replace("L", ""))),
            Map.entry("DE", plain("\\d{5}", "10115")),
            Map.entry("FR", plain("\\d{5}", "75008")),
            Map.entry("MC", plain("980\\d{2}", "98000")),
            Map.entry("IT", plain("\\d{5}", "00184")),
            Map.entry("SM", plain("4789\\d", "47890")),
            Map.entry("VA", plain("00120", "00120")),
            Map.entry("ES", plain("(0[1-9]|[1-4]\\d|5[0-2])\\d{3}", "28013")),
            Map.entry("FI", plain("\\d{5}", "00100")),
            Map.entry("EE", plain("\\d{5}", "10111")),
            Map.entry("HR", plain("[1-5]\\d{4}", "10000")),
            Map.entry("MX", plain("\\d{5}", "06000")),
            Map.entry("TR", plain("\\d{5}", "34000")),
            Map.entry("KR", plain("\\d{5}", "03051")),
            Map.entry("UA", plain("\\d{5}", "01001")),
            Map.entry("AT", plain("[1-9]\\d{3}", "1010")),
            Map.entry("BE", plain("[1-9]\\d{3}", "1000")),
            Map.entry("CH", plain("[1-9]\\d{3}", "8001")),
            Map.entry("LI", plain("94[89]\\d", "9490")),
            Map.entry("DK", plain("\\d{4}", "1050")),
            Map.entry("NO", plain("\\d{4}", "0150")),
            Map.entry("HU", plain("[1-9]\\d{3}", "1051")),
            Map.entry("SI", plain("[1-9]\\d{3}", "1000")),
            Map.entry("BG", plain("[1-9]\\d{3}", "1000")),
            Map.entry("CY", plain("[1-9]\\d{3}", "1010")),
            Map.entry("AU", plain("\\d{4}", "2000")),
            Map.entry("NZ", plain("\\d{4}", "6011")),
            Map.entry("ZA", plain("\\d{4}", "8001")),
            Map.entry("PH", plain("\\d{4}", "1000")),
            Map.entry("RO", plain("\\d{6}", "010011")),
            Map.entry("IN", plain("[1-9]\\d{5}", "110001")),
            Map.entry("SG", plain("\\d{6}", "018956")),
            Map.entry("CN", plain("\\d{6}", "100000")),
            Map.entry("RU", plain("\\d{6}", "101000")),
            Map.entry("LT", new Format(Pattern.compile("(LT)?\\d{5}"), "LT-01100",
                    code -> "LT-" + code.replace("LT", ""))),
            Map.entry("LV", new Format(Pattern.compile("(LV)?\\d{4}"), "LV-1050",
                    code -> "LV-" + code.replace("LV", ""))),
            Map.entry("IS", plain("\\d{3}", "101")),
            Map.entry("MT", spaced("[A-Z]{3}\\d{4}", "VLT 1117", 3, " ")),
            Map.entry("IL", plain("\\d{7}", "9614303")),
            Map.entry("AR", plain("[A-HJ-NP-Z]?\\d{4}([A-Z]{3})?", "C1002AAP")),
            Map.entry("TW", plain("\\d{3}(\\d{2,3})?", "100")),
            Map.entry("TH", plain("\\d{5}", "10200")),
            Map.entry("MY", plain("\\d{5}", "50050")),
            Map.entry("ID", plain("\\d{5}", "10110")),
            Map.entry("VN", plain("\\d{6}", "100000")),
            Map.entry("SA", plain("\\d{5}(\\d{4})?", "11564")),
            Map.entry("PR", plain("00[679]\\d{2}", "00901")));

    private PostalCodeFormats() {
    }

    public static Optional<Format> of(String country) {
        return Optional.ofNullable(FORMATS.get(country));
    }

    /** A format written as its compact form is. */
    private static Format plain(String compact, String example) {
        return new Format(Pattern.compile(compact), example, UnaryOperator.identity());
    }

    /** A format written with {@code separator} at {@code at} (counted from the end when negative). */
    private static Format spaced(String compact, String example, int at, String separator) {
        return new Format(Pattern.compile(compact), example, code -> {
            int cut = at < 0 ? code.length() + at : at;
            return code.substring(0, cut) + separator + code.substring(cut);
        });
    }
}
