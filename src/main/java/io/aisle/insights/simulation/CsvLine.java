package io.aisle.insights.simulation;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into fields: commas separate, double quotes enclose, a doubled quote is a quote. */
final class CsvLine {

    private CsvLine() {}

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote in CSV line: " + line);
        }
        fields.add(field.toString());
        return fields;
    }
}
