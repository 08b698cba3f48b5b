package io.aisle.admin.internal;

import io.aisle.platform.PageQuery;
import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or
 * a line break, quotes doubled. Text that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) gets a leading {@code '}, so an exported product name
 * cannot become a formula on the admin's computer. Numbers are written as they are: a negative
 * number is data, not a formula.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Starts a UTF-8 CSV download named {@code filename} (plain ASCII) and returns its writer. */
    public static CsvWriter download(HttpServletResponse response, String filename) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        return new CsvWriter(response.getWriter());
    }

    /** One record; {@code null} is an empty field. */
    public CsvWriter row(Object... fields) {
        try {
            out.write(Arrays.stream(fields).map(CsvWriter::field).collect(Collectors.joining(",")));
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every page of a listing, {@link PageQuery#MAX_SIZE} rows at a time: {@code write} turns each
     * page's rows into records.
     */
    public <T> CsvWriter pages(Function<PageQuery, PageResult<T>> listing, BiConsumer<CsvWriter, List<T>> write) {
        for (int page = 0; ; page++) {
            PageResult<T> result = listing.apply(new PageQuery(page, PageQuery.MAX_SIZE));
            write.accept(this, result.content());
            if (page + 1 >= result.page().totalPages()) {
                return this;
            }
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
