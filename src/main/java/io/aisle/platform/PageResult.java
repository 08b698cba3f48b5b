package io.aisle.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with the numbers a client needs to page through the rest. */
public record PageResult<T>(List<T> content, PageInfo page) {

    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    public static <T> PageResult<T> of(List<T> content, PageQuery query, long totalElements) {
        int totalPages = (int) ((totalElements + query.size() - 1) / query.size());
        return new PageResult<>(content, new PageInfo(query.page(), query.size(), totalElements, totalPages));
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(content.stream().map(mapper).toList(), page);
    }
}
