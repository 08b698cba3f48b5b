package io.aisle.lab.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one CSV line into fields: commas separate, double quotes enclose, a doubled quote is a quote.
 * The catalog module has a full reader, but it is internal to that module and insights depends on no
 * other module; the sample catalog keeps each product on one line, so a line splitter is enough.
 */
final class CsvLine {

    // a comma followed by an even number of quotes up to the end of the line lies outside quotes
    private static final Pattern SEPARATOR = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    private CsvLine() {}

    static List<String> fields(String line) {
        if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
            throw new IllegalArgumentException("unterminated quote in CSV line: " + line);
        }
        return Arrays.stream(SEPARATOR.split(line, -1)).map(CsvLine::unquote).toList();
    }

    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }
}
