package io.aisle.modeling.baseline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CDNOW sample (test resources, MIT-licensed from the {@code lifetimes} package): the published
 * fixture for BG/NBD and Gamma-Gamma. Summaries are in weeks over the 39-week calibration period.
 */
final class Cdnow {

    /** The BG/NBD parameters of the CDNOW fit, to the digits that a fit here reproduces. */
    static final BgNbdModel PUBLISHED_BG_NBD = new BgNbdModel(0.2426, 4.4135, 0.7929, 2.4258);
    /** The last day of the calibration period: 38.86 weeks after the cohort's first day, 1 January 1997. */
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    private static final Map<Integer, CustomerSummary> SUMMARIES = readSummaries();

    private Cdnow() {
    }

    static List<CustomerSummary> customers() {
        return List.copyOf(SUMMARIES.values());
    }

    /** The published summaries by customer id (1 to 2357). */
    static Map<Integer, CustomerSummary> summariesById() {
        return SUMMARIES;
    }

    /** The raw transactions by customer id, over the calibration and the holdout period. */
    static Map<Integer, List<Purchase>> purchasesById() {
        Map<Integer, List<Purchase>> purchases = new LinkedHashMap<>();
        // whitespace-separated: master id, sample id, date yyyyMMdd, CDs bought, dollar value
        lines("/cdnow/CDNOW_sample.txt").map(line -> line.trim().split("\\s+")).forEach(fields -> purchases
                .computeIfAbsent(Integer.parseInt(fields[1]), id -> new ArrayList<>())
                .add(new Purchase(LocalDate.parse(fields[2], DateTimeFormatter.BASIC_ISO_DATE),
                        Double.parseDouble(fields[4]))));
        return purchases;
    }

    /** Rows of ID,x,t_x,T,zbar. */
    private static Map<Integer, CustomerSummary> readSummaries() {
        Map<Integer, CustomerSummary> summaries = new LinkedHashMap<>();
        lines("/cdnow/cdnow_summary.csv").skip(1).map(line -> line.split(",")).forEach(fields -> summaries.put(
                Integer.parseInt(fields[0]),
                new CustomerSummary(Integer.parseInt(fields[1]), Double.parseDouble(fields[2]),
                        Double.parseDouble(fields[3]), Double.parseDouble(fields[4]))));
        return summaries;
    }

    private static Stream<String> lines(String resource) {
        var stream = Cdnow.class.getResourceAsStream(resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
