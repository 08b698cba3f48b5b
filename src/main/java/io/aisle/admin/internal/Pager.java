package io.aisle.admin.internal;

import io.aisle.platform.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The paging links under a table: the current URL with only {@code page} changed, so filters and sort
 * stay. Pages are numbered from 0 in the URL, as in the API, and from 1 on screen.
 */
public record Pager(int number, int totalPages, long totalElements, String previous, String next, List<Link> links) {

    /** How many page numbers are linked around the current one. */
    private static final int WINDOW = 2;

    public record Link(int label, String href, boolean current) {
    }

    public static Pager of(PageResult<?> result, HttpServletRequest request) {
        PageResult.PageInfo page = result.page();
        String query = request.getQueryString();
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(request.getRequestURI()
                + (query == null ? "" : "?" + query));
        int last = Math.max(page.totalPages() - 1, 0);
        List<Link> links = IntStream.rangeClosed(Math.max(0, page.number() - WINDOW), Math.min(last, page.number() + WINDOW))
                .mapToObj(n -> new Link(n + 1, href(url, n), n == page.number()))
                .toList();
        return new Pager(page.number(), page.totalPages(), page.totalElements(),
                page.number() > 0 ? href(url, Math.min(page.number() - 1, last)) : null,
                page.number() < last ? href(url, page.number() + 1) : null, links);
    }

    private static String href(UriComponentsBuilder url, int page) {
        return url.cloneBuilder().replaceQueryParam("page", page).build().toUriString();
    }
}
