package io.aisle.productcsv;

/**
 * One problem of an import file: the row as a spreadsheet numbers it (the header is row 1; a quoted field with
 * line breaks is still one row), the column's header name (empty when the whole row or file is meant) and what is
 * wrong, for the person who fixes the file.
 */
public record RowError(long row, String column, String message) {
}
