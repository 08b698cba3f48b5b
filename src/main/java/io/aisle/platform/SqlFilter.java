package io.aisle.platform;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a search, built from the conditions actually asked for (so the database picks the
 * index that serves them), with its named parameters. For the admin's searches.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** A condition without parameters, e.g. {@code deleted_at IS NULL}. */
    public SqlFilter where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one parameter, written only when {@code value} is not null. */
    public SqlFilter where(String condition, String param, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /**
     * Search text as {@link SearchText} reads it: a number is the {@code id}, text with {@code @} the start of
     * {@code email}, other text the start of {@code email} or of {@code nameColumn}. Nothing for null.
     */
    public SqlFilter text(String text, String nameColumn) {
        Long number = SearchText.number(text);
        if (number != null) {
            return where("id = :number", "number", number);
        }
        if (text == null) {
            return this;
        }
        String condition = SearchText.isEmail(text) ? "email LIKE :prefix"
                : "(email LIKE :prefix OR " + nameColumn + " LIKE :prefix)";
        return where(condition, "prefix", SearchText.likePrefix(text));
    }

    /** {@code column} (a UTC time) on the days {@code from} to {@code to}, both included; either may be null. */
    public SqlFilter days(String column, LocalDate from, LocalDate to) {
        where(column + " >= :fromDay", "fromDay", from == null ? null : startOf(from));
        return where(column + " < :untilDay", "untilDay", to == null ? null : startOf(to.plusDays(1)));
    }

    /** {@code " WHERE a AND b"}, or nothing without conditions. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    private static Object startOf(LocalDate day) {
        return SqlTime.utc(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
