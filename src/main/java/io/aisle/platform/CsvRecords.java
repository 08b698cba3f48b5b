package io.aisle.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small streaming RFC 4180 reader: quoted fields, doubled quotes, commas and newlines (LF or CRLF)
 * inside quotes. Fields are returned exactly as written (no trimming). A final line break is optional.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /** All records of the text. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        try {
            read(new StringReader(text), records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** Hands each record of the reader to {@code records}, in order, as it is read; returns how many. */
    public static long read(Reader in, Consumer<List<String>> records) throws IOException {
        char[] buffer = new char[1 << 16];
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean quoteInQuoted = false; // a quote inside quotes: doubled, or the closing one
        boolean afterCarriageReturn = false;
        boolean started = false; // the current record has a character
        long count = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (afterCarriageReturn) {
                    afterCarriageReturn = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                if (quoteInQuoted) {
                    quoteInQuoted = false;
                    if (c == '"') {
                        field.append('"');
                        continue;
                    }
                    quoted = false;
                }
                if (quoted) {
                    if (c == '"') {
                        quoteInQuoted = true;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    started = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    started = true;
                } else if (c == '\n' || c == '\r') {
                    afterCarriageReturn = c == '\r';
                    record.add(field.toString());
                    field.setLength(0);
                    records.accept(record);
                    count++;
                    record = new ArrayList<>();
                    started = false;
                } else {
                    field.append(c);
                    started = true;
                }
            }
        }
        if (started) {
            record.add(field.toString());
            records.accept(record);
            count++;
        }
        return count;
    }
}
