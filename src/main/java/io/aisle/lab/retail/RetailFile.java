package io.aisle.lab.retail;

import io.aisle.platform.CsvRecords;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the UCI Online Retail CSV, gzip-compressed or plain (told apart by the gzip magic bytes), line by
 * line, and computes the SHA-256 of the uncompressed text on the way: the identity of the file's content,
 * whichever way it is packed.
 *
 * <p>The format is RFC 4180 ({@link CsvRecords}): fields with a comma or quote are quoted, a quote inside is
 * doubled. Descriptions are not trimmed here.
 */
final class RetailFile {

    static final List<String> HEADER = List.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
            "UnitPrice", "CustomerID", "Country");
    /** InvoiceDate is local time in the UK, where the retailer is. */
    static final ZoneId SHOP_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RetailFile() {
    }

    /** Hands each data line to {@code lines} and returns the content's SHA-256 (hex) and line count. */
    static Content read(Path file, Consumer<RetailLine> lines) {
        MessageDigest sha256 = sha256();
        long[] count = {-1};
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                Reader reader = new InputStreamReader(new DigestInputStream(uncompressed(raw), sha256),
                        StandardCharsets.UTF_8)) {
            CsvRecords.read(reader, fields -> {
                if (++count[0] == 0) {
                    if (!fields.equals(HEADER)) {
                        throw new IllegalArgumentException(file + " is not an Online Retail CSV: its header should be "
                                + String.join(",", HEADER));
                    }
                } else {
                    lines.accept(parse(fields, count[0]));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Content(HexFormat.of().formatHex(sha256.digest()), Math.max(0, count[0]));
    }

    /** The SHA-256 of the uncompressed content and the number of data lines. */
    record Content(String sha256, long lines) {
    }

    private static InputStream uncompressed(InputStream raw) throws IOException {
        raw.mark(2);
        int first = raw.read();
        int second = raw.read();
        raw.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    static RetailLine parse(List<String> f, long number) {
        if (f.size() != HEADER.size()) {
            throw new IllegalArgumentException("data line " + number + " has " + f.size() + " fields, not 8: " + f);
        }
        try {
            return new RetailLine(f.get(0), f.get(1), f.get(2), Integer.parseInt(f.get(3)),
                    LocalDateTime.parse(f.get(4), DATE).atZone(SHOP_ZONE).toInstant(), new BigDecimal(f.get(5)),
                    f.get(6).isEmpty() ? null : f.get(6), f.get(7));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("data line " + number + " cannot be read (" + e.getMessage() + "): " + f,
                    e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
